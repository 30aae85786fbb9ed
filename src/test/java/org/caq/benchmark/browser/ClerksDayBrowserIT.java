package org.caq.benchmark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.review.Review;
import org.caq.benchmark.review.Reviews;
import org.caq.benchmark.review.Undertakings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clerk's day in each role, in a Chinese Chromium (--lang=zh-CN): the enterprise applies (its draft survives closing
 * the form, a refused submission names every broken rule at once, the number it got is shown), the unit recommends,
 * the office passes form review, forms the committee by ticking an expert and opens material review, an expert scores,
 * the office follows the campaign's progress, gives a review to another expert and names another leader, the applicant
 * follows the status, the ministry and the auditor look in. Every page visited must show no English word outside an
 * allow-list (product names, units, the system's own numbers), no engine id, every task entry must name its case, and
 * nothing typed may be lost by following a link out of a form. Screenshots of each role's list and of the refused
 * submission in target/browser-screenshots (day-*).
 */
@BenchmarkSpringTest
class ClerksDayBrowserIT {

    private static final int YEAR = 2022;
    private static final String CAMPAIGN = YEAR + "-national";
    private static final String APPLICANT = "applicant2";
    private static final String ENTERPRISE = "齐鲁新材料集团有限公司";
    private static final String ABSTRACT = "以精益六西格玛方法系统降低新材料批次波动，一次合格率提升至99.1%。";
    private static final String MATERIALS_LINK = "打开申报材料页面（上传、查看、下载）";

    private static final By START_PROCESS = By.cssSelector(".start-process-action a");
    private static final By START = By.cssSelector("button[ng-click='startProcessInstance()']");
    private static final By CLOSE = By.xpath("//div[contains(@class,'modal-footer')]//button[@ng-click='$dismiss()']");

    /** Words a Chinese user may see: product names, the browser's time zone, file types and units. */
    private static final Set<String> ALLOWED = Set.of("Camunda", "Platform", "UTC", "PDF", "JPG", "JPEG", "PNG", "DOC", "DOCX",
            "ZIP", "RAR", "MB", "KB", "GB", "SHA", "xlsx", "CSV", "JSON", "PPT", "PPTX", "MP4");
    /** The system's own numbers and codes, which are not words: cases, credit codes, experts, the software version. */
    private static final Pattern NUMBERS = Pattern.compile("\\d{4}-[a-z]+(?:-[a-z]+)?(?:-[A-Z]?\\d+)*|\\b[0-9A-Z]{18}\\b"
            + "|\\b[CE]\\d{2}\\b|\\bv\\d+(?:\\.\\d+)+|SHA-256|\\b[0-9a-f]{16,}\\b|[0-9A-F]{4}-[0-9A-F]{4}|\\.(?:pdf|jpe?g|png)\\b"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Logins, shown where the account itself matters (the audit trail names who decided). */
    private static final Pattern LOGINS = Pattern.compile("[（(，]\\s*(?:applicant\\d+|expert\\d+|office|jiangsu-office|shandong|"
            + "jiangsu|cmif|chair|vicechair|ministry|caq|auditor|admin)\\s*[）)]");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*");
    private static final Pattern ENGINE_ID = Pattern.compile("(?:UserTask|ServiceTask|Gateway|StartEvent|EndEvent|Event|Flow|"
            + "BoundaryEvent|SubProcess)_[A-Za-z]+|benchmark-[a-z]+:\\d+:|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** What names a case in a task's entry: an application, objection or title number, or a campaign. */
    private static final Pattern CASE = Pattern.compile("\\d{4}-[a-z]+-(?:\\d{4}|Y\\d{3}|T\\d{3})|\\d{4}年\\S+质量标杆遴选");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired Reviews reviews;

    String base;
    final List<String> problems = new ArrayList<>();

    @Test
    void walks_a_clerk_s_day_in_each_role_in_chinese_naming_every_case_and_losing_nothing_typed(@TempDir Path files)
            throws IOException {
        base = "http://localhost:" + port;
        new TestCampaigns(engine, jdbc).openNational(YEAR, null);

        String number = applicantApplies(files);
        unitRecommends(number, files);
        applicantHandsInMaterials(number, files);
        officeReviewsFormAndFormsTheCommittee(number);
        expertReviews(number);
        officeFollowsProgress(number);
        applicantFollowsStatus(number);
        ministryAndAuditorLookIn(number);

        assertThat(problems).as("English words, engine ids or unnamed cases seen on the way").isEmpty();
    }

    private String applicantApplies(Path files) throws IOException {
        try (Browser applicant = as(APPLICANT)) {
            tasklistLooksRight(applicant, "applicant");
            applicant.click(START_PROCESS);
            applicant.clickText("质量标杆申报");
            applicant.fill("EnterpriseName", ENTERPRISE);
            applicant.fill("AbstractText", ABSTRACT);
            applicant.fill("ContactName", "李红梅");
            look(applicant, "the application start form");
            applicant.click(CLOSE);

            applicant.click(START_PROCESS);
            applicant.clickText("质量标杆申报");
            applicant.button("恢复草稿");
            applicant.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".benchmark-draft")));
            assertThat(applicant.field("AbstractText").getDomProperty("value")).as("the draft kept what was typed").isEqualTo(ABSTRACT);
            assertThat(applicant.field("ContactName").getDomProperty("value")).isEqualTo("李红梅");
            applicant.choose("RecommendingUnit", "山东省工业");
            applicant.fill("CreditCode", "91370100MA3C00000E");
            applicant.fill("BenchmarkName", "精益六西格玛降低批次波动的经验");
            applicant.choose("SelectionCategory", null);
            applicant.fill("Industry", "C26 化学原料和化学制品制造业");
            applicant.fill("Region", "山东省济南市");
            applicant.fill("LegalRepresentative", "李建华");
            applicant.choose("EnterpriseNature", "民营");
            applicant.fill("FoundedYear", "2003");
            applicant.fill("IndustryCode", "C26");
            applicant.fill("MethodSinceYear", "2030");
            applicant.fill("EnterpriseProfile", "成立于2003年，主营高性能新材料。");
            applicant.fill("MethodApplication", "推进过程".repeat(300));
            applicant.fill("Effects", "近三年一次合格率 97.2%、98.3%、99.1%。");
            applicant.fill("ProfitYear1", "2100");
            applicant.fill("ProfitYear2", "-12.5");
            applicant.fill("ProfitYear3", "2600");
            applicant.check("IndependentLegalPerson");
            applicant.check("NoBadRecords");
            applicant.check("MethodMature");
            applicant.check("CommitsToShare");
            applicant.fill("ContactPhone", "0531-88886666");
            applicant.click(START);

            String refusal = applicant.waiting().until(driver -> {
                String text = refusals(applicant);
                return text.contains("请修改以下") ? text : null;
            });
            Object placed = applicant.run("""
                    const alert = [...document.querySelectorAll('.alert-danger, .notifications .alert')]
                        .find(a => a.offsetParent && a.innerText.includes('请修改以下'));
                    const r = alert.getBoundingClientRect();
                    const covered = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 20));
                    return (r.top >= 0 && r.bottom <= innerHeight && alert.contains(covered) ? 'in view' : 'out of view')
                        + ' top=' + Math.round(r.top) + ' bottom=' + Math.round(r.bottom) + ' viewport=' + innerHeight
                        + ' class=' + alert.className + ' parent=' + alert.parentElement.className
                        + ' topmost=' + (covered && covered.className);""");
            shot(applicant, "day-applicant-refused-submission");
            assertThat(String.valueOf(placed)).as("the refusal is where the user is looking").startsWith("in view");
            assertThat(refusal).as("every broken rule at once, in Chinese, without the engine's prefix")
                    .contains("请修改以下 3 处后再提交").contains("质量标杆名称须以企业名称开头")
                    .contains("方法开始应用年份须在 1949 至 " + YEAR + " 之间").contains(YEAR - 2 + "年净利润为 -12.5 万元")
                    .doesNotContain("Cannot").doesNotContain(ApplicationProcess.KEY);
            look(applicant, "the refused application");
            assertThat(applicant.field("AbstractText").getDomProperty("value")).as("a refusal loses nothing typed").isEqualTo(ABSTRACT);

            applicant.fill("BenchmarkName", ENTERPRISE + "实施精益六西格玛降低批次波动的经验");
            applicant.fill("MethodSinceYear", "2015");
            applicant.fill("ProfitYear2", "2350");
            applicant.click(START);
            String started = applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".benchmark-started")))
                    .getText();
            Matcher numbered = Pattern.compile(CAMPAIGN + "-\\d{4}").matcher(started);
            assertThat(numbered.find()).as("the applicant is told the number: " + started).isTrue();
            String number = numbered.group();
            tasklistLooksRight(applicant, "applicant");
            shot(applicant, "day-applicant-list");
            return number;
        }
    }

    /** Seed 001 §1(2)4: the materials follow the unit's approval of the online form. */
    private void applicantHandsInMaterials(String number, Path files) throws IOException {
        try (Browser applicant = as(APPLICANT)) {
            applicant.open("/materials.html?application=" + number);
            applicant.upload("kind", "EXPERIENCE", Files.write(files.resolve("典型经验.pdf"), "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes()));
            applicant.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已上传"));
            applicant.upload("kind", "SEALED_FORM", Files.write(files.resolve("申报书.pdf"), "%PDF-1.7\n2 0 obj <<>> endobj\n%%EOF\n".getBytes()));
            applicant.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), "申报书.pdf"));
            look(applicant, "the materials page");
            applicant.open("/camunda/app/tasklist/default/");
            String upload = task(number, "UserTask_UploadMaterials").getId();
            applicant.openListedTask(upload);
            look(applicant, "the upload task");
            complete(applicant, upload);
        }
    }

    private void unitRecommends(String number, Path files) throws IOException {
        try (Browser unit = as("shandong")) {
            tasklistLooksRight(unit, "unit");
            shot(unit, "day-unit-list");
            unit.uploadSealedRecommendation(number, files);
            look(unit, "the materials page with the sealed 推荐表");
            unit.open("/camunda/app/tasklist/default/");
            String recommend = task(number, "UserTask_RecommendApplication").getId();
            unit.openListedTask(recommend);
            assertThat(unit.formText()).contains(number).contains(ENTERPRISE);
            unit.radio("推荐（占用本单位名额）");
            unit.fill("RecommendationComment", "申报内容完整，方法成熟，同意推荐。");
            int tabs = unit.tabs();
            unit.clickText(MATERIALS_LINK);
            unit.waiting().until(driver -> unit.tabs() == tabs + 1);
            assertThat(unit.field("RecommendationComment").getDomProperty("value")).as("the link opened a tab of its own")
                    .isEqualTo("申报内容完整，方法成熟，同意推荐。");
            assertThat(unit.visible(By.xpath("//label[contains(normalize-space(.), '推荐（占用本单位名额）')]//input")).isSelected()).isTrue();
            look(unit, "the recommendation form");
            complete(unit, recommend);

            unit.open("/campaigns.html");
            unit.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaigns"), CAMPAIGN));
            assertThat(unit.pageText()).contains("本单位的申报");
            look(unit, "the unit's campaigns");
        }
    }

    private void officeReviewsFormAndFormsTheCommittee(String number) throws IOException {
        try (Browser office = as("office")) {
            tasklistLooksRight(office, "office");
            shot(office, "day-office-list");
            String formReview = task(number, "UserTask_ReviewForm").getId();
            office.openListedTask(formReview);
            office.radio("通过，进入资料评审");
            look(office, "the form review");
            complete(office, formReview);

            TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
            campaigns.fireTimer(CAMPAIGN, "Event_ApplicationWindowCloses");
            campaigns.fireTimer(CAMPAIGN, "Event_RecommendationDeadline");
            office.open("/camunda/app/tasklist/default/");
            String conclude = campaignTask("UserTask_ConcludeFormReview").getId();
            office.openListedTask(conclude);
            office.check("FormReviewConcluded");
            complete(office, conclude);

            String form = campaignTask("UserTask_FormCommittee").getId();
            office.openListedTask(form);
            assertThat(office.formText()).contains("以下各项已按建议填好").contains("管理方法组");
            assertThat(office.field("ExpertsPerApplication").getDomProperty("value")).as("the proposal fits the pool").isEqualTo("5");
            office.fill("ExpertsPerApplication", "3");
            office.checkOption("ManagementMembers", "E06 黄磊");
            look(office, "the committee form");
            complete(office, form);
            assertThat(jdbc.sql("select count(*) from expert_group_member where campaign_number = ? and group_code = 'MANAGEMENT'")
                    .param(CAMPAIGN).query(Integer.class).single()).as("E06 ticked into the group").isEqualTo(6);

            String open = campaignTask("UserTask_OpenMaterialReview").getId();
            office.openListedTask(open);
            office.date("ReviewDueDate", TestClock.today().plusDays(10));
            look(office, "opening material review");
            complete(office, open);
        }
        assertThat(reviews.ofCampaign(CAMPAIGN)).extracting(Review::expertCode).containsExactly("E01", "E02", "E03");
    }

    private void expertReviews(String number) throws IOException {
        try (Browser expert = as("expert2")) {
            // Art. 15: the undertaking first, in Tasklist, before anything of the campaign opens to the expert
            Task undertaking = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskAssignee("expert2")
                    .taskDefinitionKey(Undertakings.SIGN_TASK).processInstanceBusinessKeyLike(number + "/%").singleResult();
            expert.openListedTask(undertaking.getId());
            assertThat(expert.formText()).contains("评审专家保密承诺").contains("第十五条");
            expert.check("UndertakingAccepted");
            look(expert, "the confidentiality undertaking");
            complete(expert, undertaking.getId());
            Task review = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskAssignee("expert2")
                    .taskDefinitionKey("UserTask_ReviewApplication").processInstanceBusinessKeyLike(number + "/%").singleResult();
            expert.open("/camunda/app/tasklist/default/");
            expert.openFilter("我的评审任务");
            tasklistLooksRight(expert, "expert");
            assertThat(expert.pageText()).contains("评审申报 " + number + " 齐鲁新材料（资料评审）");
            shot(expert, "day-expert-list");
            expert.openListedTask(review.getId());
            assertThat(expert.formText()).contains("本次评审：" + number + " 齐鲁新材料（资料评审）");
            expert.fill("Score1", "88");
            expert.fill("Score2", "85");
            expert.fill("Score3", "90");
            expert.fill("ReviewComment", "方法系统，数据可信，成效显著。");
            int tabs = expert.tabs();
            expert.clickText(MATERIALS_LINK);
            expert.waiting().until(driver -> expert.tabs() == tabs + 1);
            assertThat(expert.field("ReviewComment").getDomProperty("value")).isEqualTo("方法系统，数据可信，成效显著。");
            assertThat(expert.field("Score2").getDomProperty("value")).isEqualTo("85");
            look(expert, "the review form");
            complete(expert, review.getId());
        }
    }

    private void officeFollowsProgress(String number) throws IOException {
        Review toReassign = reviews.ofCampaign(CAMPAIGN).stream().filter(r -> r.expertCode().equals("E03")).findFirst().orElseThrow();
        try (Browser office = as("office")) {
            office.open("/applications.html");
            office.waiting().until(ExpectedConditions.urlContains("/campaigns.html"));
            office.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaigns"), CAMPAIGN));
            look(office, "the office's campaigns");
            office.open("/campaign.html?campaign=" + CAMPAIGN);
            office.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviews"), "资料评审 · 管理方法组"));
            assertThat(office.pageText()).contains("资料评审中").contains("山东省工业和信息化厅");
            look(office, "the campaign's progress");

            WebElement row = office.visible(By.xpath("//tbody[@id='open']/tr[contains(., '刘洋（E03）')]"));
            row.findElement(By.cssSelector("input[type=text]")).sendKeys("专家出差，无法按期评审");
            row.findElement(By.xpath(".//button[normalize-space(.)='改派']")).click();
            office.waiting().until(driver -> reviews.find(toReassign.id()).orElseThrow().status() == Review.Status.REASSIGNED);
            office.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("open"), "E04"));

            WebElement group = office.visible(By.xpath("//div[@id='groups']/div[h3[contains(., '管理方法组')]]"));
            new org.openqa.selenium.support.ui.Select(group.findElement(By.tagName("select"))).selectByValue("E02");
            group.findElement(By.xpath(".//button[normalize-space(.)='更换组长']")).click();
            office.waiting().until(driver -> "E02".equals(jdbc.sql("select leader from expert_group where campaign_number = ? and code = 'MANAGEMENT'")
                    .param(CAMPAIGN).query(String.class).single()));
            office.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("groups"), "组长 张伟（E02）"));
            shot(office, "day-office-progress");
            look(office, "the progress after the office's remedies");
        }
    }

    private void applicantFollowsStatus(String number) throws IOException {
        try (Browser applicant = as(APPLICANT)) {
            applicant.open("/applications.html");
            WebElement application = applicant.visible(By.cssSelector("section.application[data-number='" + number + "']"));
            String text = application.getText();
            assertThat(text).contains(number).contains("资料评审中").contains("提交申报").contains("待推荐单位推荐")
                    .contains("资料评审预计完成：" + TestClock.today().plusDays(10) + " 23:59")
                    .doesNotContain("李明").doesNotContain("E0");
            shot(applicant, "day-applicant-status");
            look(applicant, "the applicant's status page");
        }
    }

    private void ministryAndAuditorLookIn(String number) throws IOException {
        try (Browser ministry = as("ministry")) {
            tasklistLooksRight(ministry, "ministry");
            shot(ministry, "day-ministry-list");
        }
        try (Browser auditor = new Browser(base)) {
            auditor.login("cockpit", "auditor", "demo");
            auditor.open("/camunda/app/cockpit/default/#/audit-trail");
            auditor.visible(By.cssSelector("input.audit-key")).sendKeys(number);
            auditor.button("查看");
            auditor.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//div[contains(@class, 'audit-case')]//h4[normalize-space(.)='用户操作日志']")));
            shot(auditor, "day-auditor-trail");
            look(auditor, "the auditor's trail", Set.of(APPLICANT, "shandong", "office", "expert1", "expert2", "expert3", "expert4"));
        }
    }

    /** The user's task list: every entry names its case; the page speaks Chinese. */
    private void tasklistLooksRight(Browser browser, String role) {
        browser.visible(By.cssSelector(".tasks-list"));
        try {
            browser.waiting().until(driver -> !browser.all(By.cssSelector(".tasks-list li.task h4 a")).isEmpty()
                    || browser.pageText().contains("没有符合过滤条件的任务"));
        } catch (TimeoutException e) {
            problems.add(role + ": the task list never loaded");
        }
        for (WebElement entry : browser.all(By.cssSelector(".tasks-list li.task h4 a"))) {
            if (!CASE.matcher(entry.getText()).find()) {
                problems.add(role + "'s list: \"" + entry.getText() + "\" does not name its case");
            }
        }
        look(browser, role + "'s task list");
    }

    private void look(Browser browser, String where) {
        look(browser, where, Set.of());
    }

    /** The visible page: no English word outside the allow-list (and the logins an auditor reads), no engine id. */
    private void look(Browser browser, String where, Set<String> logins) {
        String text = browser.pageText();
        Matcher id = ENGINE_ID.matcher(text);
        while (id.find()) {
            problems.add(where + ": engine id " + id.group());
        }
        String words = LOGINS.matcher(NUMBERS.matcher(text).replaceAll(" ")).replaceAll(" ");
        Set<String> english = new TreeSet<>();
        Matcher word = WORD.matcher(words);
        while (word.find()) {
            boolean aWord = word.group().chars().filter(Character::isLetter).count() >= 2;
            if (aWord && !ALLOWED.contains(word.group()) && !logins.contains(word.group())) {
                english.add(word.group());
            }
        }
        if (!english.isEmpty()) {
            problems.add(where + ": English " + english);
        }
    }

    /** Everything the page shows as a refusal now. */
    private static String refusals(Browser browser) {
        StringBuilder text = new StringBuilder();
        browser.all(By.cssSelector(".alert-danger, .notifications .alert")).stream().filter(WebElement::isDisplayed)
                .forEach(alert -> text.append(alert.getText()).append('\n'));
        return text.toString();
    }

    private Browser as(String user) {
        Browser browser = new Browser(base);
        browser.login("tasklist", user, "demo");
        return browser;
    }

    private void complete(Browser browser, String taskId) {
        browser.completeTask();
        try {
            browser.waiting().until(driver -> tasks.createTaskQuery().taskId(taskId).count() == 0);
        } catch (TimeoutException e) {
            throw new AssertionError("task " + taskId + " was not completed; the page says: " + refusals(browser), e);
        }
    }

    private Task task(String application, String definitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(application).taskDefinitionKey(definitionKey).singleResult();
    }

    private Task campaignTask(String definitionKey) {
        return tasks.createTaskQuery().processDefinitionKey(CampaignProcess.KEY).processInstanceBusinessKey(CAMPAIGN)
                .taskDefinitionKey(definitionKey).singleResult();
    }

    private static void shot(Browser browser, String name) throws IOException {
        browser.screenshot(name);
    }
}
