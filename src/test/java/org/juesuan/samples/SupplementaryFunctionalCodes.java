package org.juesuan.samples;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 2023-edition 支出功能分类 codes the education and agriculture samples use that the shipped partial catalog
 * lacks (it holds only codes seen in the transcribed sources). An importer meets them as "code not in reference
 * catalog" warnings, which is realistic.
 */
final class SupplementaryFunctionalCodes {

    /** Codes whose money is 政府性基金预算 (a 项 of a fund-budget 款), not 一般公共预算. */
    static final Set<String> GOVERNMENT_FUND_ITEMS = Set.of("2120804", "2120814", "2296003", "2296004");

    static final Map<String, String> NAMES = names();

    private SupplementaryFunctionalCodes() {
    }

    private static Map<String, String> names() {
        Map<String, String> m = new TreeMap<>();
        m.put("20501", "教育管理事务");
        m.put("2050101", "行政运行");
        m.put("2050102", "一般行政管理事务");
        m.put("2050199", "其他教育管理事务支出");
        m.put("2050201", "学前教育");
        m.put("2050202", "小学教育");
        m.put("2050203", "初中教育");
        m.put("2050204", "高中教育");
        m.put("2050299", "其他普通教育支出");
        m.put("20503", "职业教育");
        m.put("2050302", "中等职业教育");
        m.put("20507", "特殊教育");
        m.put("2050701", "特殊学校教育");
        m.put("20508", "进修及培训");
        m.put("2050801", "教师进修");
        m.put("20509", "教育费附加安排的支出");
        m.put("2050999", "其他教育费附加安排的支出");
        m.put("21208", "国有土地使用权出让收入安排的支出");
        m.put("2120804", "农村基础设施建设支出");
        m.put("2120814", "农业生产发展支出");
        m.put("21301", "农业农村");
        m.put("2130101", "行政运行");
        m.put("2130102", "一般行政管理事务");
        m.put("2130104", "事业运行");
        m.put("2130106", "科技转化与推广服务");
        m.put("2130108", "病虫害控制");
        m.put("2130109", "农产品质量安全");
        m.put("2130122", "农业生产发展");
        m.put("2130126", "农村社会事业");
        m.put("2130135", "农业资源保护修复与利用");
        m.put("2130153", "农田建设");
        m.put("2130199", "其他农业农村支出");
        m.put("21305", "巩固脱贫衔接乡村振兴");
        m.put("2130504", "农村基础设施建设");
        m.put("2130505", "生产发展");
        m.put("2130599", "其他巩固脱贫衔接乡村振兴支出");
        m.put("21307", "农村综合改革");
        m.put("2130701", "对村级公益事业建设的补助");
        m.put("2130705", "对村民委员会和村党支部的补助");
        m.put("2130706", "对村集体经济组织的补助");
        m.put("21308", "普惠金融发展支出");
        m.put("2130803", "农业保险保费补贴");
        m.put("21399", "其他农林水支出");
        m.put("2139999", "其他农林水支出");
        m.put("22960", "彩票公益金安排的支出");
        m.put("2296003", "用于体育事业的彩票公益金");
        m.put("2296004", "用于教育事业的彩票公益金");
        return m;
    }
}
