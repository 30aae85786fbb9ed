package org.caq.benchmark.notice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * Who a notice goes to and at which address: a task's assignee, or else the members of its candidate groups; the
 * address is the e-mail of the user's profile in the engine. Read on the procedure's account, because the person whose
 * action causes the notice (an applicant) may not read other users.
 */
@Component
class Recipients {

    record Recipient(String userId, String address) {
    }

    private final IdentityService identity;

    Recipients(IdentityService identity) {
        this.identity = identity;
    }

    List<Recipient> users(Set<String> userIds) {
        return SystemCalls.call(identity, () -> userIds.stream().map(this::recipient).toList());
    }

    /** The assignee, else the candidate users and the members of the candidate groups the filter lets through. */
    List<Recipient> ofTask(String assignee, List<IdentityLink> links, Predicate<String> groupWanted) {
        if (assignee != null) {
            return users(Set.of(assignee));
        }
        return SystemCalls.call(identity, () -> {
            Set<String> users = new LinkedHashSet<>();
            for (IdentityLink link : links) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                } else if (link.getGroupId() != null && groupWanted.test(link.getGroupId())) {
                    identity.createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId().asc().list()
                            .forEach(u -> users.add(u.getId()));
                }
            }
            return new ArrayList<>(users.stream().map(this::recipient).toList());
        });
    }

    private Recipient recipient(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        String email = user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().strip();
        return new Recipient(userId, email);
    }
}
