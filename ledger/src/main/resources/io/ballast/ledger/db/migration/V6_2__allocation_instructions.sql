-- Post-trade allocation instructions (FIX 35=J) sent for allocated blocks, and the counterparty's answer (35=P).

CREATE TABLE allocation_instruction (
    alloc_id     VARCHAR(80)    PRIMARY KEY,
    block_id     BIGINT         NOT NULL REFERENCES block_order (id),
    -- REQUESTED (persisted, maybe sent), ACCEPTED or REJECTED
    status       VARCHAR(16)    NOT NULL,
    text         VARCHAR(1000),
    fix_message  VARCHAR(8000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX allocation_instruction_block_ix ON allocation_instruction (block_id);
