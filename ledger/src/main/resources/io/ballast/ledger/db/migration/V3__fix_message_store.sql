-- The tables of the QuickFIX/J JDBC message store (JdbcStore), so FIX sessions can keep their sequence
-- numbers and resend messages across restarts. Column names are the ones JdbcStore queries.

CREATE TABLE sessions (
    beginstring       CHAR(8)     NOT NULL,
    sendercompid      VARCHAR(64) NOT NULL,
    sendersubid       VARCHAR(64) NOT NULL,
    senderlocid       VARCHAR(64) NOT NULL,
    targetcompid      VARCHAR(64) NOT NULL,
    targetsubid       VARCHAR(64) NOT NULL,
    targetlocid       VARCHAR(64) NOT NULL,
    session_qualifier VARCHAR(64) NOT NULL,
    creation_time     TIMESTAMP   NOT NULL,
    incoming_seqnum   INTEGER     NOT NULL,
    outgoing_seqnum   INTEGER     NOT NULL,
    PRIMARY KEY (beginstring, sendercompid, sendersubid, senderlocid,
                 targetcompid, targetsubid, targetlocid, session_qualifier)
);

CREATE TABLE messages (
    beginstring       CHAR(8)     NOT NULL,
    sendercompid      VARCHAR(64) NOT NULL,
    sendersubid       VARCHAR(64) NOT NULL,
    senderlocid       VARCHAR(64) NOT NULL,
    targetcompid      VARCHAR(64) NOT NULL,
    targetsubid       VARCHAR(64) NOT NULL,
    targetlocid       VARCHAR(64) NOT NULL,
    session_qualifier VARCHAR(64) NOT NULL,
    msgseqnum         INTEGER     NOT NULL,
    message           VARCHAR     NOT NULL,
    PRIMARY KEY (beginstring, sendercompid, sendersubid, senderlocid,
                 targetcompid, targetsubid, targetlocid, session_qualifier, msgseqnum)
);
