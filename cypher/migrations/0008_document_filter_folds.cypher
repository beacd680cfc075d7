// The documents page filters by province and issuer on folded values. They were folded at query time for
// every document (a scan that grew with the graph: 0.75 s for a province's page at 10k documents); documents
// now store the folded copies (jurisdictionFolded, issuerFolded), written at ingestion and filled here for
// documents stored before (the data step folds with the API's own foldForSearch).
CREATE INDEX document_jurisdiction_folded IF NOT EXISTS FOR (d:Document) ON (d.jurisdictionFolded);
CREATE TEXT INDEX document_issuer_folded IF NOT EXISTS FOR (d:Document) ON (d.issuerFolded);
