-- 0010: each order's type and state as tokens of its full-text row (server/tickets: facet_token,
-- "qqtype<type> qqstate<state>"), so that a text search filtered by type or state is answered by
-- FTS5 alone; the store rewrites the row when the state changes.
UPDATE work_orders_fts SET body = body || ' qqtype' || (SELECT o.type FROM work_orders o WHERE o.order_id = work_orders_fts.rowid)
    || ' qqstate' || (SELECT o.state FROM work_orders o WHERE o.order_id = work_orders_fts.rowid)
WHERE rowid IN (SELECT order_id FROM work_orders);
