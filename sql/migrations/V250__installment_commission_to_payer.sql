-- V250: an installment count may pass its commission on to the payer ("vade farkı", issue #18): the payer is charged
-- the document amount plus a surcharge that covers the bank's commission; the document is settled by its own amount.

-- Per installment plan row: whether the payer pays this count's commission (false: the merchant keeps it, as before).
ALTER TABLE definition_installment_plan ADD COLUMN commission_to_payer BOOLEAN DEFAULT FALSE NOT NULL;

-- Per collection: the surcharge the payer was charged above the document amount (amount = document amount +
-- surcharge; NULL or 0 when none). The ERP settles amount - surcharge (+ discount).
ALTER TABLE collection ADD COLUMN surcharge_amount NUMERIC(19,4);

-- The reference ERP's payment rows say which part of a payment was surcharge (it settled nothing of the document).
ALTER TABLE erp_document_payment ADD COLUMN surcharge NUMERIC(19,4) DEFAULT 0 NOT NULL;
