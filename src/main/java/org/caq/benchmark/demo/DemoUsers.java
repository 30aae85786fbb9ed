package org.caq.benchmark.demo;

import static org.caq.benchmark.model.ProcedureGroup.APPLICANT;
import static org.caq.benchmark.model.ProcedureGroup.AUDITOR;
import static org.caq.benchmark.model.ProcedureGroup.CAQ;
import static org.caq.benchmark.model.ProcedureGroup.COMMITTEE;
import static org.caq.benchmark.model.ProcedureGroup.COMMITTEE_CHAIR;
import static org.caq.benchmark.model.ProcedureGroup.MINISTRY;
import static org.caq.benchmark.model.ProcedureGroup.OFFICE;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.model.ProcedureGroup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * One demo login per role, for trying the procedure out, and one applicant login per demo enterprise, bound to it
 * (the demo campaigns apply as applicant3 … applicant9). Never created outside the demo profile. Each is an invented
 * person with a Chinese name kept as {@link PersonNames} says (赵国强, then the organisation); the experts' logins take
 * their names from the demo expert pool. Names are brought up to date at every start, so an older demo database
 * reads the same.
 */
@Component
@Profile("demo")
class DemoUsers extends DemoPreparation {

    /** Before every demo campaign, which act as these people; after the groups are in place (IdentityBootstrap). */
    static final int PHASE = -1;

    static final String PASSWORD = "demo";

    /** A demo login; {@code creditCode} for an applicant, whose organisation is its enterprise. */
    record DemoUser(String id, String name, String organisation, List<String> groups, String creditCode) {

        DemoUser(String id, String name, String organisation, List<String> groups) {
            this(id, name, organisation, groups, null);
        }

        static DemoUser applicant(String id, String contact, String enterprise, String creditCode) {
            return new DemoUser(id, contact, enterprise, List.of(APPLICANT.id()), creditCode);
        }
    }

    static final List<DemoUser> USERS = List.of(
            DemoUser.applicant("applicant1", "张建国", "华东精密机械股份有限公司", "91320500MA1MX0000R"),
            DemoUser.applicant("applicant2", "李红梅", "齐鲁新材料集团有限公司", "91370100MA3C00000E"),
            DemoUser.applicant("applicant3", "王立军", "南京智造精工股份有限公司", "91320100MA1NJ0000J"),
            DemoUser.applicant("applicant4", "陈思远", "苏州工业园区精密电子有限公司", "91320594MA1PY0000U"),
            DemoUser.applicant("applicant5", "刘晓燕", "无锡数智物联科技有限公司", "91320200MA1WX0000C"),
            DemoUser.applicant("applicant6", "杨志强", "常州新材料中小企业股份有限公司", "91320400MA1CH0000G"),
            DemoUser.applicant("applicant7", "黄海涛", "常熟智能装备股份有限公司", "91320581MA1CX0000W"),
            DemoUser.applicant("applicant8", "周丽华", "宁波精密制造有限公司", "91330200MA2NB0000U"),
            DemoUser.applicant("applicant9", "林文斌", "福州新能源科技股份有限公司", "91350100M000100Y43"),
            new DemoUser("jiangsu", "陈晓东", "江苏省工业和信息化厅", List.of("unit-jiangsu")),
            new DemoUser("shandong", "刘建华", "山东省工业和信息化厅", List.of("unit-shandong")),
            new DemoUser("cmif", "杨志刚", "中国机械工业联合会", List.of("unit-cmif")),
            new DemoUser("office", "王芳", "全国质量标杆工作办公室", List.of(OFFICE.id())),
            new DemoUser("jiangsu-office", "徐静", "江苏省质量管理协会", List.of("office-jiangsu")),
            new DemoUser("jiangsu-approver", "沈明华", "江苏省工业和信息化厅", List.of("approver-jiangsu")),
            new DemoUser("chair", "赵国强", "中国质量协会专家委员会", List.of(COMMITTEE.id(), COMMITTEE_CHAIR.id())),
            new DemoUser("vicechair", "钱立新", "上海质量管理科学研究院", List.of(COMMITTEE.id())),
            new DemoUser("ministry", "周立群", "工业和信息化部科技司", List.of(MINISTRY.id())),
            new DemoUser("caq", "孙伟", "中国质量协会", List.of(CAQ.id())),
            new DemoUser("auditor", "吴洁", "审计监督", List.of(AUDITOR.id())));

    /** expert1 … expert15, the demo expert pool's logins (demo/experts.csv). */
    static final int DEMO_EXPERTS = 15;

    private final IdentityService identity;
    private final ApplicantAccounts accounts;
    private final Resource expertPool;

    DemoUsers(IdentityService identity, ApplicantAccounts accounts,
            @Value("${benchmark.experts.file:classpath:demo/experts.csv}") Resource expertPool) {
        super(PHASE);
        this.identity = identity;
        this.accounts = accounts;
        this.expertPool = expertPool;
    }

    @Override
    protected void ensure() {
        List<DemoUser> all = new ArrayList<>(USERS);
        Map<String, String[]> pool = expertNames();
        for (int i = 1; i <= DEMO_EXPERTS; i++) {
            String[] expert = pool.getOrDefault("expert" + i, new String[] {"专家" + i, "专家库"});
            all.add(new DemoUser("expert" + i, expert[0], expert[1], List.of(COMMITTEE.id())));
        }
        for (DemoUser demo : all) {
            User user = identity.createUserQuery().userId(demo.id()).singleResult();
            if (user == null) {
                user = identity.newUser(demo.id());
                user.setEmail(demo.id() + "@demo.invalid");
                user.setPassword(PASSWORD);
            }
            if (!demo.name().equals(user.getFirstName()) || !demo.organisation().equals(user.getLastName())) {
                user.setFirstName(demo.name());
                user.setLastName(demo.organisation());
                identity.saveUser(user);
            }
            for (String group : demo.groups()) {
                if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                    identity.createMembership(demo.id(), group);
                }
            }
            if (demo.creditCode() != null && accounts.enterpriseOf(demo.id()).isEmpty()) {
                accounts.bind(demo.id(), demo.creditCode(), demo.organisation(), "demo");
            }
        }
    }

    /** The demo pool's logins with their names and affiliations: {@code user_id → {name, affiliation}}. */
    private Map<String, String[]> expertNames() {
        Map<String, String[]> names = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(expertPool.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code,"))
                    .map(line -> line.split(",", -1)).filter(c -> c.length >= 7)
                    .forEach(c -> names.put(c[1], new String[] {c[2], c[6]}));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo expert pool " + expertPool, e);
        }
        return names;
    }
}
