-- The files each custodian route has taken, for Camel's JdbcMessageIdRepository (table and column names are
-- the ones it queries). A message id is the file's name and SHA-256, so the same file delivered again -- also
-- after a restart, also to another agent sharing this database -- is taken once. Wider than Camel's own DDL
-- (100) because a name and a checksum do not fit in it.
CREATE TABLE camel_messageprocessed (
    processorName VARCHAR(255) NOT NULL,
    messageId     VARCHAR(600) NOT NULL,
    createdAt     TIMESTAMP    NOT NULL,
    PRIMARY KEY (processorName, messageId)
);
