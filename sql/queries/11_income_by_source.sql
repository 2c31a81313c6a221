-- Question: where does each department's money come from? 本年收入 by source — the three kinds of
-- 财政拨款 (一般公共预算, 政府性基金预算, 国有资本经营预算), 上级补助, 事业收入, 经营收入,
-- 附属单位上缴, 其他收入 — and the share of 财政拨款 in the total.
-- Source: T01 收入支出决算总表 income lines. Amounts in 元.
SELECT department_name,
       fiscal_year,
       inc_gpb_yuan AS gpb_yuan,
       inc_govfund_yuan AS govfund_yuan,
       inc_soe_yuan AS soe_yuan,
       inc_upper_yuan AS upper_yuan,
       inc_service_yuan AS service_yuan,
       inc_operating_yuan AS operating_yuan,
       inc_affiliate_yuan AS affiliate_yuan,
       inc_other_yuan AS other_yuan,
       inc_total_yuan AS total_yuan,
       ROUND(100 * (inc_gpb_yuan + inc_govfund_yuan + inc_soe_yuan) / NULLIF(inc_total_yuan, 0), 2) AS fiscal_share_pct
FROM f_account_summary
ORDER BY department_name, fiscal_year;
