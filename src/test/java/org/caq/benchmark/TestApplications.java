package org.caq.benchmark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.CreditCode;
import org.caq.benchmark.documents.DocumentKind;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applications for tests: a valid form, submitted by the account of its enterprise (TestApplicants), with its required
 * materials.
 */
public final class TestApplications {

    /** Valid unified social credit codes (check characters computed per GB 32100-2015). */
    public static final String BEIJING_CODE = "91110000100000000R";
    public static final String JIANGSU_CODE = "91320500MA1MX0000R";
    public static final String SHANDONG_CODE = "91370100MA3C00000E";
    public static final String FUJIAN_CODE = "91350100M000100Y43";
    /** Registered in Hangzhou, Hebei's Shijiazhuang and Qingdao (a separately-planned city of Shandong). */
    public static final String ZHEJIANG_CODE = valid("91330100MA2H00000");
    public static final String HEBEI_CODE = valid("91130100MA0S00000");
    public static final String QINGDAO_CODE = valid("91370200MA3Q00000");

    private static String valid(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final ProcessEngine engine;
    private final DocumentStore store;
    private final ApplicantAccounts accounts;

    public TestApplications(ProcessEngine engine, DocumentStore store, ApplicantAccounts accounts) {
        this.engine = engine;
        this.store = store;
        this.accounts = accounts;
    }

    /**
     * A complete, valid application form of the enterprise for the given recommending unit; its credit code is the
     * enterprise's own in the region of {@code creditCode} ({@link TestApplicants#codeOf}).
     */
    public static Map<String, Object> form(String recommendingUnit, String enterprise, String creditCode) {
        Map<String, Object> form = new HashMap<>();
        form.put(ApplicationProcess.RECOMMENDING_UNIT, recommendingUnit);
        form.put(ApplicationProcess.ENTERPRISE_NAME, enterprise);
        form.put(ApplicationProcess.CREDIT_CODE, TestApplicants.codeOf(enterprise, creditCode));
        form.put(ApplicationProcess.BENCHMARK_NAME, enterprise + "实施六西格玛设计的经验");
        form.put(ApplicationProcess.SELECTION_CATEGORY, "1");
        form.put(ApplicationProcess.SME, false);
        form.put(ApplicationProcess.INDUSTRY, "C34 通用设备制造业");
        form.put(ApplicationProcess.REGION, "江苏省苏州市");
        form.put(ApplicationProcess.METHOD_SINCE_YEAR, 2012);
        form.put(ApplicationProcess.ABSTRACT, "以六西格玛设计方法系统提升产品可靠性。");
        form.put(ApplicationProcess.ENTERPRISE_PROFILE, "成立于1998年的股份制企业，主营精密机床。");
        form.put(ApplicationProcess.METHOD_APPLICATION, "推".repeat(7000));
        form.put(ApplicationProcess.EFFECTS, "一次交检合格率由95%提升至99.2%。");
        form.put(ApplicationProcess.PROFIT_YEAR_1, 1200.5);
        form.put(ApplicationProcess.PROFIT_YEAR_2, 1350);
        form.put(ApplicationProcess.PROFIT_YEAR_3, "1500.25");
        form.put(ApplicationProcess.INDEPENDENT_LEGAL_PERSON, true);
        form.put(ApplicationProcess.NO_BAD_RECORDS, true);
        form.put(ApplicationProcess.JIANGSU_QUALITY_RECORD, true);
        form.put(ApplicationProcess.COMMITS_TO_SHARE, true);
        form.put(ApplicationProcess.LEGAL_REPRESENTATIVE, "王建国");
        form.put(ApplicationProcess.ENTERPRISE_NATURE, "PRIVATE");
        form.put(ApplicationProcess.FOUNDED_YEAR, 1998);
        form.put(ApplicationProcess.INDUSTRY_CODE, "C34");
        form.put(ApplicationProcess.METHOD_MATURE, true);
        form.put(ApplicationProcess.CONTACT_NAME, "张三");
        form.put(ApplicationProcess.CONTACT_PHONE, "0512-66668888");
        return form;
    }

    /** The body of /engine-rest's submit-form for these form values. */
    public static Map<String, Object> restBody(Map<String, Object> form) {
        Map<String, Object> variables = new HashMap<>();
        form.forEach((key, value) -> variables.put(key, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    /** Starts the case as the form's enterprise would from Tasklist, with its account (bound on first use). */
    public ProcessInstance submit(Map<String, Object> form) {
        return submit(applicantOf(form), form);
    }

    /** The account of the form's enterprise (bound on first use). */
    public String applicantOf(Map<String, Object> form) {
        return TestApplicants.accountOf(accounts, (String) form.get(ApplicationProcess.ENTERPRISE_NAME),
                (String) form.get(ApplicationProcess.CREDIT_CODE));
    }

    /** Starts the case as the applicant would from Tasklist: the applicant is the authenticated user. */
    public ProcessInstance submit(String applicant, Map<String, Object> form) {
        engine.getIdentityService().setAuthentication(applicant, List.of("applicant"));
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /**
     * What the case needs up to form review: the applicant's typical experience and sealed 申报书, and the unit's sealed
     * 推荐表 (a scan, which the office checks by eye), put there in advance so that a test may recommend at once.
     */
    public void attachRequiredMaterials(String applicationNumber, String applicant) {
        attachApplicantMaterials(applicationNumber, applicant);
        attachSealedRecommendation(applicationNumber);
    }

    /** The applicant's required materials only: the unit has not yet uploaded its sealed 推荐表. */
    public void attachApplicantMaterials(String applicationNumber, String applicant) {
        store.save(applicationNumber, DocumentKind.EXPERIENCE, "典型经验.pdf", new ByteArrayInputStream(PDF), applicant, () -> { });
        store.save(applicationNumber, DocumentKind.SEALED_FORM, "申报书.png", new ByteArrayInputStream(PNG), applicant, () -> { });
    }

    /**
     * The unit's sealed 推荐表 as a scan (seed 001 §1(2)2): a recommendation needs it; and, for a Shandong city, its
     * 推荐文件 for the campaign (seed 004 §一(三)2), once per campaign and city.
     */
    public void attachSealedRecommendation(String applicationNumber) {
        store.save(applicationNumber, DocumentKind.SEALED_RECOMMENDATION, "推荐表.png", new ByteArrayInputStream(PNG),
                "unit-officer", () -> { });
        attachCoveringLetterIfAsked(applicationNumber);
    }

    /** A Shandong city's 推荐文件 for the application's campaign, stored as the city uploads it, unless it is there. */
    public void attachCoveringLetterIfAsked(String applicationNumber) {
        JdbcClient jdbc = JdbcClient.create(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
        Map<String, Object> unit = jdbc.sql("""
                select a.campaign_number, u.code, u.directory, u.kind from application a
                join recommending_unit u on u.code = a.recommending_unit where a.number = ?""")
                .param(applicationNumber).query().singleRow();
        boolean asked = "shandong".equals(unit.get("directory")) && "CITY".equals(unit.get("kind"));
        if (!asked || jdbc.sql("select count(*) from covering_letter where campaign_number = ? and unit_code = ?")
                .params(unit.get("campaign_number"), unit.get("code")).query(Long.class).single() > 0) {
            return;
        }
        store.savePdf("推荐文件", "推荐文件.pdf", new ByteArrayInputStream(PDF), 1 << 20, file -> jdbc.sql("""
                insert into covering_letter (id, campaign_number, unit_code, file_name, content_type, size_bytes, sha256,
                    uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, 'unit-officer', current_timestamp)""")
                .params(file.id(), unit.get("campaign_number"), unit.get("code"), file.fileName(), file.contentType(), file.size(),
                        file.sha256())
                .update());
    }

    public static String numberOf(ProcessInstance instance) {
        return instance.getBusinessKey();
    }
}
