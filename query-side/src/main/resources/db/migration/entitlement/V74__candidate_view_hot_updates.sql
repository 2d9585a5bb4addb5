-- The slot columns change with every slot event. Kept out of every index, with room left on each page, a slot
-- change is a HOT update: a new row version on the same page and no index entry, where it used to add one to both
-- indexes. Listing by trade still has its index; the status is checked on the rows of that trade.
DROP INDEX candidate_view_trade;
CREATE INDEX candidate_view_trade ON candidate_view (trade);
ALTER TABLE candidate_view SET (fillfactor = 80);
