-- 0021: more of the lists users pick from become data dictionaries (protocol 1.8).
-- campaign_dispositions (外呼结果): agents pick from the enabled items, the server refuses a code
-- that is not one. Three codes keep their meaning to the dialler whatever their label: callback
-- (call again at the agreed time), do_not_call (onto the do-not-call list), success (a
-- conversion).
INSERT INTO dictionary_items (dictionary, code, label_zh, label_en, position) VALUES
    ('campaign_dispositions', 'success', '成功', 'Success', 10),
    ('campaign_dispositions', 'refused', '拒绝', 'Refused', 20),
    ('campaign_dispositions', 'wrong_number', '号码错误', 'Wrong number', 30),
    ('campaign_dispositions', 'callback', '稍后回呼', 'Call back later', 40),
    ('campaign_dispositions', 'do_not_call', '不再拨打', 'Do not call again', 50);
-- order_types (工单类型), order_urgencies (紧急程度) and order_channels (受理渠道): the codes are the work-order model's
-- (workflows, deadlines and reports are keyed by them), so an administrator relabels, reorders or
-- switches items off, and a new order of a switched-off type or urgency is refused.
INSERT INTO dictionary_items (dictionary, code, label_zh, label_en, position) VALUES
    ('order_types', 'business', '业务办理', 'Business', 10),
    ('order_types', 'consultation', '咨询', 'Consultation', 20),
    ('order_types', 'repair', '报修', 'Repair', 30),
    ('order_types', 'complaint', '投诉', 'Complaint', 40),
    ('order_types', 'suggestion', '建议', 'Suggestion', 50),
    ('order_types', 'praise', '表扬', 'Praise', 60),
    ('order_types', 'marketing', '营销', 'Marketing', 70),
    ('order_urgencies', 'normal', '一般', 'Normal', 10),
    ('order_urgencies', 'urgent', '紧急', 'Urgent', 20),
    ('order_urgencies', 'very_urgent', '特急', 'Very urgent', 30),
    ('order_channels', 'phone', '电话', 'Phone', 10),
    ('order_channels', 'fax', '传真', 'Fax', 20),
    ('order_channels', 'sms', '短信', 'SMS', 30),
    ('order_channels', 'email', '电子邮件', 'Email', 40),
    ('order_channels', 'web', '网站', 'Web', 50);
