-- Schema 8: indexes for the document register of a large engagement.
-- The outline reads one level of the hierarchy in code order, a page at a time. With an index on
-- parent_id alone SQLite sorted a whole level (10,000 top-level documents: ~17 ms) before it could
-- return the first hundred; (parent_id, code) hands them over in order.
DROP INDEX document_parent;
CREATE INDEX document_parent ON document (parent_id, code);
-- The owner filter's choices (SELECT DISTINCT owner) and the owner filter read this index instead
-- of the table.
CREATE INDEX document_owner ON document (owner);
