package org.caq.benchmark.notice;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes notices in the transaction of the event that causes them, so a notice exists exactly when its event was
 * committed. The write runs in a nested transaction (a savepoint): if it fails, only the notice is lost and logged,
 * never the person's task.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final Notices notices;
    private final TransactionTemplate savepoint;

    Outbox(Notices notices, PlatformTransactionManager transactions) {
        this.notices = notices;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    void write(Notice.Draft draft, List<Recipients.Recipient> recipients) {
        try {
            savepoint.executeWithoutResult(status -> recipients.forEach(r -> {
                if (!notices.exists(draft.dedupKey(), r.userId())) {
                    notices.insert(draft, r.userId(), r.address());
                }
            }));
        } catch (RuntimeException e) {
            log.error("Notice '{}' of case {} not written; the case goes on without it", draft.subject(),
                    draft.businessKey(), e);
        }
    }
}
