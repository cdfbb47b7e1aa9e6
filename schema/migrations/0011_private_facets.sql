-- 0011: the facet tokens of an order's full-text row start with U+E000, a private-use character
-- that the search never takes from what a user types (0010's "qq" prefix made a search for "qq",
-- the chat service, match every order), and the caller number becomes one too, so that text plus
-- a caller is one FTS5 intersection (server/tickets: facet_token, write_fts). The old tail
-- ' qqtype<type> qqstate<state>' (0010; names have no '_') is cut by its known length.
UPDATE work_orders_fts SET body = (
    SELECT substr(work_orders_fts.body, 1, length(work_orders_fts.body) - 15 - length(o.type) - length(o.state))
        || ' ' || char(57344) || 'type' || o.type || ' ' || char(57344) || 'state' || o.state
        || CASE WHEN o.caller_number IS NULL OR o.caller_number = '' THEN ''
           ELSE ' ' || char(57344) || 'caller' || replace(replace(replace(replace(replace(replace(replace(
                o.caller_number, '+', ''), '-', ''), ' ', ''), '(', ''), ')', ''), '#', ''), '*', '') END
    FROM work_orders o WHERE o.order_id = work_orders_fts.rowid)
WHERE rowid IN (SELECT order_id FROM work_orders)
  AND body LIKE '% qqtype% qqstate%';
