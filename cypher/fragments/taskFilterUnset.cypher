// True when no parameter of cypher/fragments/taskFilter.cypher narrows the tasks (every one null, no word):
// a statement can then count a body's tasks without evaluating the filter on each of them. Keep it beside
// taskFilter.cypher: a parameter added there must be added here.
($status IS NULL AND size($words) = 0 AND $inForceOn IS NULL AND $dueBefore IS NULL AND $dueAfter IS NULL
  AND $dueMonth IS NULL AND $cell IS NULL)
