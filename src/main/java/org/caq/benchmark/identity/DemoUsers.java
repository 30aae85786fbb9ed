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

/**
 * One demo login per role, for trying the procedure out, and one applicant login per demo enterprise, bound to it
 * (the demo campaigns apply as applicant3 … applicant9). Never created outside the demo profile.
 */
@Component
@Profile("demo")
class DemoUsers {

    static final String PASSWORD = "demo";

    /** A demo login; {@code creditCode} for an applicant, whose last name is its enterprise. */
    record DemoUser(String id, String lastName, String firstName, List<String> groups, String creditCode) {

        DemoUser(String id, String lastName, String firstName, List<String> groups) {
            this(id, lastName, firstName, groups, null);
        }

        static DemoUser applicant(String id, String enterprise, String creditCode) {
            return new DemoUser(id, enterprise, "申报联系人", List.of(APPLICANT.id()), creditCode);
        }
    }

    static final List<DemoUser> USERS = List.of(
            DemoUser.applicant("applicant1", "华东精密机械股份有限公司", "91320500MA1MX0000R"),
            DemoUser.applicant("applicant2", "齐鲁新材料集团有限公司", "91370100MA3C00000E"),
            DemoUser.applicant("applicant3", "南京智造精工股份有限公司", "91320100MA1NJ0000J"),
            DemoUser.applicant("applicant4", "苏州工业园区精密电子有限公司", "91320594MA1PY0000U"),
            DemoUser.applicant("applicant5", "无锡数智物联科技有限公司", "91320200MA1WX0000C"),
            DemoUser.applicant("applicant6", "常州新材料中小企业股份有限公司", "91320400MA1CH0000G"),
            DemoUser.applicant("applicant7", "常熟智能装备股份有限公司", "91320581MA1CX0000W"),
            DemoUser.applicant("applicant8", "宁波精密制造有限公司", "91330200MA2NB0000U"),
            DemoUser.applicant("applicant9", "福州新能源科技股份有限公司", "91350100M000100Y43"),
            new DemoUser("jiangsu", "江苏省工业和信息化厅", "推荐经办人", List.of("unit-jiangsu")),
            new DemoUser("shandong", "山东省工业和信息化厅", "推荐经办人", List.of("unit-shandong")),
            new DemoUser("cmif", "中国机械工业联合会", "推荐经办人", List.of("unit-cmif")),
            new DemoUser("office", "王", "办公室", List.of(OFFICE.id())),
            new DemoUser("jiangsu-office", "江苏省质量管理协会", "省级遴选办公室", List.of("office-jiangsu")),
            new DemoUser("jiangsu-approver", "江苏省工业和信息化厅", "确定省级质量标杆", List.of("approver-jiangsu")),
            new DemoUser("chair", "赵", "国强", List.of(COMMITTEE.id(), COMMITTEE_CHAIR.id())),
            new DemoUser("vicechair", "钱", "立新", List.of(COMMITTEE.id())),
            new DemoUser("ministry", "周", "科技司", List.of(MINISTRY.id())),
            new DemoUser("caq", "孙", "中国质量协会", List.of(CAQ.id())),
            new DemoUser("auditor", "吴", "审计员", List.of(AUDITOR.id())));

    /** expert1 … expert15, the demo expert pool's logins (demo/experts.csv). */
    static final int DEMO_EXPERTS = 15;

    private final IdentityService identity;
    private final ApplicantEnterprises enterprises;

    DemoUsers(IdentityService identity, ApplicantEnterprises enterprises) {
        this.identity = identity;
        this.enterprises = enterprises;
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
            if (demo.creditCode() != null && enterprises.of(demo.id()).isEmpty()) {
                enterprises.bind(demo.id(), new Enterprise(demo.creditCode(), demo.lastName()), "demo");
            }
        }
    }
}
