package org.caq.benchmark.identity;

import static org.caq.benchmark.identity.ProcedureGroup.APPLICANT;
import static org.caq.benchmark.identity.ProcedureGroup.AUDITOR;
import static org.caq.benchmark.identity.ProcedureGroup.CAQ;
import static org.caq.benchmark.identity.ProcedureGroup.COMMITTEE;
import static org.caq.benchmark.identity.ProcedureGroup.COMMITTEE_CHAIR;
import static org.caq.benchmark.identity.ProcedureGroup.MINISTRY;
import static org.caq.benchmark.identity.ProcedureGroup.OFFICE;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** One demo login per role, for trying the procedure out. Never created outside the demo profile. */
@Component
@Profile("demo")
class DemoUsers {

    static final String PASSWORD = "demo";

    record DemoUser(String id, String lastName, String firstName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("applicant1", "华东精密机械股份有限公司", "申报联系人", List.of(APPLICANT.id())),
            new DemoUser("applicant2", "齐鲁新材料集团有限公司", "申报联系人", List.of(APPLICANT.id())),
            new DemoUser("jiangsu", "江苏省工业和信息化厅", "推荐经办人", List.of("unit-jiangsu")),
            new DemoUser("shandong", "山东省工业和信息化厅", "推荐经办人", List.of("unit-shandong")),
            new DemoUser("cmif", "中国机械工业联合会", "推荐经办人", List.of("unit-cmif")),
            new DemoUser("office", "王", "办公室", List.of(OFFICE.id())),
            new DemoUser("jiangsu-office", "江苏省工业和信息化厅", "省级遴选办公室", List.of("office-jiangsu")),
            new DemoUser("chair", "赵", "国强", List.of(COMMITTEE.id(), COMMITTEE_CHAIR.id())),
            new DemoUser("vicechair", "钱", "立新", List.of(COMMITTEE.id())),
            new DemoUser("ministry", "周", "科技司", List.of(MINISTRY.id())),
            new DemoUser("caq", "孙", "中国质量协会", List.of(CAQ.id())),
            new DemoUser("auditor", "吴", "审计员", List.of(AUDITOR.id())));

    /** expert1 … expert15, the demo expert pool's logins (demo/experts.csv). */
    static final int DEMO_EXPERTS = 15;

    private final IdentityService identity;

    DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    void ensure() {
        List<DemoUser> all = new ArrayList<>(USERS);
        for (int i = 1; i <= DEMO_EXPERTS; i++) {
            all.add(new DemoUser("expert" + i, "专家", String.valueOf(i), List.of(COMMITTEE.id())));
        }
        for (DemoUser demo : all) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@demo.invalid");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
            }
            for (String group : demo.groups()) {
                if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                    identity.createMembership(demo.id(), group);
                }
            }
        }
    }
}
