#!/usr/bin/env bash
# The knowledge base through cti-cli, against a real cti-server: the maintainer (kb) builds a
# small category tree (电费 > 缴费方式, 停电 > 计划停电) and articles in Chinese and English, and
# saves a second version of one; agent 1001 finds them by Chinese and English words with readable
# snippets, may not edit them, sends a correction that kb sees and resolves; 1001 registers an
# order for a caller and sends an article to the customer by SMS and by e-mail, which the order's
# history shows and kb_deliveries holds as queued (no SMS/e-mail sender is connected yet); the
# line of a restricted complaint does not show its caller's number to whom may not see it.
# Bad input on the way — an empty title, a category cycle, hostile search text, an oversized body,
# a bad destination — is refused with a reason.
# usage: knowledge_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/../telephony/lib.sh"
source "$(dirname "$0")/helpers.sh"

start_server

# ---- kb builds the tree ----
category() {  # category NAME [--parent ID]: prints the new category's id
  local out
  out=$(cli kb kb-category-save "$@") || fail "kb-category-save $*: $out"
  echo "$out" | json 'j["save_kb_category_ok"]["category"]["category_id"]'
}
FEE=$(category 电费)
PAY=$(category 缴费方式 --parent "$FEE")
OUTAGE=$(category 停电)
PLANNED=$(category 计划停电 --parent "$OUTAGE")
OUT=$(cli 1001 kb-categories) || fail "kb-categories: $OUT"
TREE=$(echo "$OUT" | json '" ".join(c["name"] + ":" + str(c["parent_id"]) for c in j["list_kb_categories_ok"]["categories"])')
[ "$TREE" = "电费:0 停电:0 缴费方式:$FEE 计划停电:$OUTAGE" ] || fail "the tree is not as built: $TREE"
note "tree: $TREE"

# ---- articles, Chinese and English, one with a second version ----
article() {  # article ARGS...: prints the saved article's id
  local out
  out=$(cli kb kb-article-save "$@") || fail "kb-article-save $*: $out"
  echo "$out" | json 'j["save_kb_article_ok"]["article"]["article_id"]'
}
cat >"$WORK/pay-v1.txt" <<'TEXT'
电费可以在营业厅缴纳。
也可以登录网上国网App，选择“缴费”，输入户号后在线缴费。
TEXT
PAY_ARTICLE=$(article 网上缴纳电费 --category "$PAY" --keywords 缴费,网上国网 --body-file "$WORK/pay-v1.txt")
OUTAGE_ARTICLE=$(article 计划停电通知 --category "$PLANNED" --keywords 停电,公告 \
  --body "计划停电会提前7天在网站和短信中公告。抢修造成的停电不在此列，请拨打95598。")
BILL_ARTICLE=$(article "Paying the electricity bill" --category "$FEE" --keywords payment,bill \
  --body "Customers can pay online with the app. The bill arrives every month. Late payment costs a fee.")
cat >"$WORK/pay-v2.txt" <<'TEXT'
电费可以在营业厅缴纳，也可以使用银行代扣。
登录网上国网App，选择“缴费”，输入户号后即可在线缴费，支持支付宝和微信。
TEXT
OUT=$(cli kb kb-article-save 网上缴纳电费 --id "$PAY_ARTICLE" --category "$PAY" --keywords 缴费,网上国网,支付宝 \
  --body-file "$WORK/pay-v2.txt") || fail "second version: $OUT"
[ "$(echo "$OUT" | json 'j["save_kb_article_ok"]["article"]["version"]')" = 2 ] || fail "not version 2: $OUT"
OUT=$(cli 1001 kb-article "$PAY_ARTICLE") || fail "kb-article: $OUT"
[ "$(echo "$OUT" | json 'j["get_kb_article_ok"]["versions"]')" = "[1, 2]" ] || fail "versions: $OUT"
[[ "$(echo "$OUT" | json 'j["get_kb_article_ok"]["article"]["body"]')" == *支付宝* ]] || fail "the newest body: $OUT"
[ "$(echo "$OUT" | json 'j["get_kb_article_ok"]["article"]["author"]')" = 知识库维护员 ] || fail "author: $OUT"
OUT=$(cli 1001 kb-article "$PAY_ARTICLE" --version 1) || fail "kb-article --version 1: $OUT"
[[ "$(echo "$OUT" | json 'j["get_kb_article_ok"]["article"]["body"]')" != *支付宝* ]] \
  || fail "version 1 shows version 2's body: $OUT"
refused 1001 "has versions 1 to 2, not 3" kb-article "$PAY_ARTICLE" --version 3
note "articles $PAY_ARTICLE (v2) $OUTAGE_ARTICLE $BILL_ARTICLE"

# ---- 1001 searches ----
# search TEXT [ARGS...]: prints "id|snippet" of the best match
first_hit() {
  local out
  out=$(cli 1001 kb-search "$@") || fail "kb-search $*: $out"
  echo "$out" | json '(lambda a: a[0]["article_id"] + "|" + a[0]["snippet"] if a else "none")(j["search_kb_ok"]["articles"])'
}
HIT=$(first_hit 缴费)
[ "${HIT%%|*}" = "$PAY_ARTICLE" ] || fail "searching 缴费 did not find the payment article first: $HIT"
[[ "${HIT#*|}" == *缴费* ]] || fail "the snippet for 缴费 does not show it: $HIT"
note "缴费 → $HIT"
HIT=$(first_hit 停电)
[ "${HIT%%|*}" = "$OUTAGE_ARTICLE" ] || fail "searching 停电 did not find the outage article: $HIT"
[ "${HIT#*|}" = "计划停电会提前7天在网站和短信中公告。" ] || fail "the snippet for 停电: $HIT"
note "停电 → $HIT"
HIT=$(first_hit online)
[ "${HIT%%|*}" = "$BILL_ARTICLE" ] || fail "searching online did not find the English article: $HIT"
[ "${HIT#*|}" = "Customers can pay online with the app." ] || fail "the snippet for online: $HIT"
HIT=$(first_hit 支付宝)
[ "${HIT%%|*}" = "$PAY_ARTICLE" ] || fail "the second version's words are not found: $HIT"
[ "$(first_hit 银行代扣 --category "$OUTAGE")" = none ] || fail "a search within 停电 found a 电费 article"
[ "$(first_hit 停电 --category "$OUTAGE")" != none ] || fail "a search within 停电 missed 计划停电's article"
OUT=$(cli 1001 kb-search '" OR 1=1; DROP TABLE kb_articles; --') || fail "hostile search errored: $OUT"
refused 1001 "type at least one letter" kb-search '"*"'
refused 1001 "there is no category 9999" kb-search 停电 --category 9999

# ---- permissions and bad input ----
refused 1001 "may not do this (kb.edit)" kb-article-save 试试 --category "$PAY" --body x
refused 1001 "may not do this (kb.edit)" kb-category-save 新分类
refused kb "the title needs 1 to 200 characters" kb-article-save "" --category "$PAY" --body x
refused kb "cannot be moved under itself or under one of its own subcategories" \
  kb-category-save 电费 --id "$FEE" --parent "$PAY"
refused kb "already a category named '缴费方式'" kb-category-save 缴费方式 --parent "$FEE"
python3 -c 'print("很" * 50001, end="")' >"$WORK/big.txt"
refused kb "an article holds at most 50000" kb-article-save 太长 --category "$PAY" --body-file "$WORK/big.txt"
refused kb "there is no category 9999" kb-article-save 无处 --category 9999 --body x

# ---- correction feedback ----
OUT=$(cli 1001 kb-feedback "$PAY_ARTICLE" "营业厅周日不营业，请补充") || fail "kb-feedback: $OUT"
FB=$(echo "$OUT" | json 'j["kb_feedback_ok"]["feedback_id"]')
refused 1001 "may not do this (kb.edit)" kb-feedback-list
OUT=$(cli kb kb-feedback-list) || fail "kb-feedback-list: $OUT"
LINE=$(echo "$OUT" | json '[(i["author"], i["article_title"], i["text"]) for i in j["list_kb_feedback_ok"]["items"] if i["feedback_id"] == "'"$FB"'"]')
[ "$LINE" = "[('张伟', '网上缴纳电费', '营业厅周日不营业，请补充')]" ] || fail "kb does not see the feedback: $OUT"
OUT=$(cli kb kb-feedback-resolve "$FB" "已补充营业时间（第3版）") || fail "resolve: $OUT"
OUT=$(cli kb kb-feedback-list) || fail "kb-feedback-list: $OUT"
[ "$(echo "$OUT" | json 'len(j["list_kb_feedback_ok"]["items"])')" = 0 ] || fail "resolved feedback is still open: $OUT"
OUT=$(cli kb kb-feedback-list --all) || fail "kb-feedback-list --all: $OUT"
[ "$(echo "$OUT" | json 'j["list_kb_feedback_ok"]["items"][0]["resolution"]')" = "已补充营业时间（第3版）" ] \
  || fail "the resolution is not kept: $OUT"
refused kb "is already resolved" kb-feedback-resolve "$FB" again
note "feedback $FB sent by 1001, resolved by kb"

# ---- sent to a customer from an order ----
OUT=$(cli 1001 order-create consultation "咨询网上缴费" --content "用户询问如何在网上缴纳电费" --caller 13800138000) \
  || fail "order-create: $OUT"
ORDER=$(echo "$OUT" | json 'j["create_order_ok"]["order"]["order_id"]')
NUM=$(echo "$OUT" | json 'j["create_order_ok"]["order"]["number"]')
OUT=$(cli 1001 kb-send "$PAY_ARTICLE" --order "$ORDER" --channel sms) || fail "kb-send: $OUT"
[ "$(echo "$OUT" | json 'int(j["send_kb_article_ok"]["delivery_id"]) > 0')" = True ] || fail "no delivery id: $OUT"
[ "$(echo "$OUT" | json 'j["send_kb_article_ok"]["line"]["opinion"]')" = "《网上缴纳电费》 v2 → sms 13800138000" ] \
  || fail "the history line: $OUT"
OUT=$(cli 1001 kb-send "$BILL_ARTICLE" --order "$NUM" --channel email --to li@example.com) || fail "kb-send email: $OUT"
refused 1001 "'13800138000' is not an e-mail address" kb-send "$PAY_ARTICLE" --order "$ORDER" --channel email
refused 1001 "is not a sms number" kb-send "$PAY_ARTICLE" --order "$ORDER" --channel sms --to 138-abc
refused 1001 "'pigeon' is not a channel" kb-send "$PAY_ARTICLE" --order "$ORDER" --channel pigeon
refused 1001 "there is no article 9999" kb-send 9999 --order "$ORDER" --channel sms
refused kb "may not do this (kb.send)" kb-send "$PAY_ARTICLE" --order "$ORDER" --channel sms
OUT=$(cli 1001 order-show "$NUM") || fail "order-show: $OUT"
STEPS=$(echo "$OUT" | json '" | ".join(h["action"] + ":" + h["opinion"] for h in j["get_order_ok"]["history"])')
[ "$STEPS" = "create: | send_article:《网上缴纳电费》 v2 → sms 13800138000 | send_article:《Paying the electricity bill》 v1 → email li@example.com" ] \
  || fail "the order's history does not show the articles sent: $STEPS"
[ "$(echo "$OUT" | json 'j["get_order_ok"]["order"]["state"]')" = open ] || fail "sending changed the order's state: $OUT"
note "order $NUM history: $STEPS"
# A restricted complaint: 1003 may send to its caller but does not see the number, nor does the line.
OUT=$(cli 1001 order-create complaint "投诉营业厅" --caller 13900139000 --restricted) || fail "order-create: $OUT"
SECRET=$(echo "$OUT" | json 'j["create_order_ok"]["order"]["order_id"]')
OUT=$(cli 1003 kb-send "$PAY_ARTICLE" --order "$SECRET" --channel sms) || fail "kb-send restricted: $OUT"
[ "$(echo "$OUT" | json 'j["send_kb_article_ok"]["line"]["opinion"]')" = "《网上缴纳电费》 v2 → sms the caller's number" ] \
  || fail "the line of a restricted complaint shows the number: $OUT"

stop_server
# The deliveries wait, queued, for a sender (none is connected yet).
QUEUED=$(python3 - "$DATA/cti.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
print(" ".join(f"{c}:{d}:{s}" for c, d, s in db.execute(
    "SELECT channel, destination, status FROM kb_deliveries ORDER BY delivery_id")))
PY
)
[ "$QUEUED" = "sms:13800138000:queued email:li@example.com:queued sms:13900139000:queued" ] || fail "kb_deliveries: $QUEUED"
grep -q "ERROR: AddressSanitizer\|runtime error" "$WORK/server.log" && fail "sanitizer report in the server log"
note "PASS: tree, versions, Chinese and English search with snippets, permissions, feedback, sent from order $NUM"
