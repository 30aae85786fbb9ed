package org.caq.benchmark.procedure;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A step of a case reached for a record that is not the case's own: the business key names a record of another
 * process instance, or none. Only an administrator can get a case there (a start part-way, a modification); the
 * step is refused with nothing changed. As the engine's authorization refusal the REST API answers 403 with this
 * message, and a job that fails with it becomes an incident.
 */
public class NotThisCase extends AuthorizationException {

    NotThisCase(String message) {
        super(message);
    }

    public static NotThisCase foreign(String record, String number, String instance, String owner) {
        return new NotThisCase(record + " " + number + " 属于另一个流程实例（" + owner + "），不属于本流程实例（" + instance
                + "）：每个案件只能在自己的流程中办理，本次操作未作任何更改。");
    }

    public static NotThisCase missing(String record, String number, String instance) {
        return new NotThisCase("没有属于本流程实例（" + instance + "）的" + record + (number.isBlank() ? "" : " " + number)
                + "：案件只能从流程的开始事件进入，本次操作未作任何更改。");
    }
}
