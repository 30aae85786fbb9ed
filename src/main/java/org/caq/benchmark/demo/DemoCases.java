package org.caq.benchmark.demo;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.documents.DocumentKind;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.BeijingTime;

/** What the demo campaigns do as their users would: apply with materials, complete the one open task, run a timer early. */
public final class DemoCases {

    /** A demo enterprise: its login, recommending unit, name, Art. 10 category (1–6), credit code, region and method. */
    public record Applicant(String user, String unit, String enterprise, String category, String creditCode, String region,
            String method) {
    }

    private static final byte[] PDF = "%PDF-1.7\n% demo\n%%EOF\n".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    private final ProcessEngine engine;
    private final DocumentStore store;

    public DemoCases(ProcessEngine engine, DocumentStore store) {
        this.engine = engine;
        this.store = store;
    }

    /** Submits the application with its materials; its unit recommends it and the office passes form review. */
    public ProcessInstance applyAndPass(Applicant a) {
        Map<String, Object> form = new HashMap<>();
        form.put(ApplicationProcess.APPLICANT, a.user());
        form.put(ApplicationProcess.RECOMMENDING_UNIT, a.unit());
        form.put(ApplicationProcess.ENTERPRISE_NAME, a.enterprise());
        form.put(ApplicationProcess.CREDIT_CODE, a.creditCode());
        form.put(ApplicationProcess.BENCHMARK_NAME, a.enterprise() + a.method() + "的经验");
        form.put(ApplicationProcess.SELECTION_CATEGORY, a.category());
        form.put(ApplicationProcess.SME, a.category().equals("4"));
        form.put(ApplicationProcess.INDUSTRY, "C 制造业");
        form.put(ApplicationProcess.REGION, a.region());
        form.put(ApplicationProcess.METHOD_SINCE_YEAR, 2016);
        form.put(ApplicationProcess.ABSTRACT, a.method() + "，质量损失率三年下降 40%。");
        form.put(ApplicationProcess.ENTERPRISE_PROFILE, a.enterprise() + "，独立法人，主营高端装备。");
        form.put(ApplicationProcess.METHOD_APPLICATION, "一、推进目标与组织保障。二、过程管理。三、持续改进。");
        form.put(ApplicationProcess.EFFECTS, "近三年一次交检合格率 97.5%、98.6%、99.3%。");
        form.put(ApplicationProcess.PROFIT_YEAR_1, 800);
        form.put(ApplicationProcess.PROFIT_YEAR_2, 950);
        form.put(ApplicationProcess.PROFIT_YEAR_3, 1100);
        form.put(ApplicationProcess.INDEPENDENT_LEGAL_PERSON, true);
        form.put(ApplicationProcess.LEGAL_REPRESENTATIVE, "王建国");
        form.put(ApplicationProcess.ENTERPRISE_NATURE, "PRIVATE");
        form.put(ApplicationProcess.FOUNDED_YEAR, 1998);
        form.put(ApplicationProcess.INDUSTRY_CODE, "C34");
        form.put(ApplicationProcess.METHOD_MATURE, true);
        form.put(ApplicationProcess.NO_BAD_RECORDS, true);
        form.put(ApplicationProcess.JIANGSU_QUALITY_RECORD, true);
        form.put(ApplicationProcess.COMMITS_TO_SHARE, true);
        form.put(ApplicationProcess.CONTACT_NAME, "联系人");
        form.put(ApplicationProcess.CONTACT_PHONE, "025-80000000");
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form);
        // the unit recommends the online form on its sealed 推荐表 (seed 001 §1(2)2, decision 0052): a scan, for the office
        // to check by eye; only then the applicant hands in its materials (§1(2)4)
        store.save(pi.getBusinessKey(), DocumentKind.SEALED_RECOMMENDATION, "推荐表.png", new ByteArrayInputStream(PNG),
                a.unit(), () -> { });
        complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));
        store.save(pi.getBusinessKey(), DocumentKind.EXPERIENCE, "典型经验.pdf", new ByteArrayInputStream(PDF), a.user(), () -> { });
        store.save(pi.getBusinessKey(), DocumentKind.SEALED_FORM, "申报书.png", new ByteArrayInputStream(PNG), a.user(), () -> { });
        complete(pi, Map.of());
        complete(pi, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.PASS));
        return pi;
    }

    /** Completes the instance's one open task. */
    public void complete(ProcessInstance pi, Map<String, Object> variables) {
        String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        engine.getTaskService().complete(task, variables);
    }

    /**
     * Moves the procedure's clock (the engine's, which the application reads too) to 10:00 Beijing time of the day, so
     * that a past campaign is carried through on its own dates. Only while the demo is prepared at start-up, before
     * the server takes requests and the job executor runs; {@link #resumeRealTime} ends it.
     */
    public static void clockAt(LocalDate day) {
        ClockUtil.reset();
        ClockUtil.offset(day.atTime(10, 0).atZone(BeijingTime.ZONE).toInstant().toEpochMilli() - System.currentTimeMillis());
    }

    public static void resumeRealTime() {
        ClockUtil.reset();
    }

    /** Runs a timer of the instance now, as the job executor would at its due time. */
    public void runTimer(ProcessInstance pi, String eventId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(eventId).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }
}
