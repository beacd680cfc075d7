// The order of a task's assignments (`ORDER BY {{>assignmentOrder(a)}}, b.name` with `a` the ASSIGNED_TO
// relationship): the lead first, then the coordinating bodies, then the others.
CASE NODE.role WHEN 'LEAD' THEN 0 WHEN 'COORDINATE' THEN 1 ELSE 2 END
