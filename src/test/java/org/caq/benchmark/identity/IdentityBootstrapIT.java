package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@BenchmarkSpringTest
class IdentityBootstrapIT {

    @Autowired IdentityBootstrap bootstrap;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired FilterService filters;
    @Autowired RecommendingUnits units;
    @Autowired TestRestTemplate rest;

    @Test
    void creates_the_procedure_groups_and_one_group_per_recommending_unit() {
        // 49 national units, Jiangsu's 13 and Shandong's 16 cities, Shandong's direct route (seed 004 §一(三)2), and the
        // 2 cities of Zhejiang, added from the installation's folder as an administrator adds a province (TestSettings)
        assertThat(units.all()).hasSize(49 + 13 + 16 + 1 + 2);
        // the procedure's 7, one per unit, the three provincial offices, and Jiangsu's deciding department (seed 002)
        assertThat(identity.createGroupQuery().groupType(ProcedureGroup.WORKFLOW_TYPE).count())
                .isEqualTo(7 + 49 + 13 + 16 + 1 + 2 + 3 + 1);
        assertThat(identity.createGroupQuery().groupId("office-zhejiang").singleResult().getName()).isEqualTo("浙江省经济和信息化厅（省级质量标杆遴选）");
        assertThat(identity.createGroupQuery().groupId("office-jiangsu").singleResult().getName()).isEqualTo("江苏省质量管理协会（省级质量标杆遴选）");
        assertThat(identity.createGroupQuery().groupId("approver-jiangsu").singleResult().getName()).isEqualTo("江苏省工业和信息化厅（确定省级质量标杆）");
        assertThat(identity.createGroupQuery().groupId("office").singleResult().getName()).isEqualTo("全国质量标杆工作办公室");
        assertThat(identity.createGroupQuery().groupId("committee-chair").count()).isEqualTo(1);
        units.all().forEach(unit -> {
            Group group = identity.createGroupQuery().groupId(unit.groupId()).singleResult();
            assertThat(group).as(unit.code()).isNotNull();
            assertThat(group.getName()).isEqualTo(unit.name());
        });
    }

    @Test
    void keeps_demo_people_s_names_in_chinese_order_with_their_organisation_after_them() {
        assertThat(rest.withBasicAuth("admin", "admin").getForObject("/engine-rest/user?id=chair", List.class))
                .singleElement().satisfies(user -> assertThat((Map<String, Object>) user)
                        .containsEntry("firstName", "赵国强").containsEntry("lastName", "中国质量协会专家委员会"));
        assertThat(identity.createUserQuery().userId("expert1").singleResult())
                .as("an expert's login takes the pool's name").satisfies(user -> {
                    assertThat(user.getFirstName()).isEqualTo("李明");
                    assertThat(user.getLastName()).isEqualTo("清华大学工业工程系");
                });
        assertThat(identity.createUserQuery().userId("office").singleResult().getFirstName()).isEqualTo("王芳");
    }

    @Test
    void running_again_creates_nothing_twice() {
        long groups = identity.createGroupQuery().count();
        long users = identity.createUserQuery().count();
        long memberships = identity.createUserQuery().memberOfGroup("committee").count();
        long grants = authorizations.createAuthorizationQuery().count();
        long taskFilters = filters.createTaskFilterQuery().count();

        bootstrap.run();
        bootstrap.run();

        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(identity.createUserQuery().memberOfGroup("committee").count()).isEqualTo(memberships);
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
        assertThat(filters.createTaskFilterQuery().count()).isEqualTo(taskFilters);
    }

    @Test
    void restores_a_grant_an_administrator_removed() {
        Authorization cockpit = authorizations.createAuthorizationQuery().groupIdIn("auditor")
                .resourceType(Resources.APPLICATION).resourceId("cockpit")
                .singleResult();
        authorizations.deleteAuthorization(cockpit.getId());

        bootstrap.run();

        assertThat(authorizations.createAuthorizationQuery().groupIdIn("auditor")
                .resourceType(Resources.APPLICATION).resourceId("cockpit")
                .count()).isEqualTo(1);
    }

    @Test
    void gives_the_auditor_read_permissions_only() {
        List<Map<String, Object>> grants = rest.withBasicAuth("admin", "admin")
                .getForObject("/engine-rest/authorization?groupIdIn=auditor", List.class);

        assertThat(grants).hasSizeGreaterThanOrEqualTo(8).allSatisfy(grant -> {
            assertThat(grant).containsEntry("type", Authorization.AUTH_TYPE_GRANT);
            assertThat((List<String>) grant.get("permissions")).isSubsetOf("READ", "READ_HISTORY", "ACCESS");
        });
    }
}
