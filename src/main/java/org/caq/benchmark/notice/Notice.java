package org.caq.benchmark.notice;

import java.time.Instant;

/** One e-mail to one person about one case, and how its sending went. */
public record Notice(String id, String event, String processInstanceId, String businessKey, String recipientUser,
        String recipientAddress, String subject, String body, String signer, Status status, int attempts, String lastError,
        Instant createdAt, Instant sentAt) {

    public enum Status {
        PENDING("待发送"), SENT("已发送"), FAILED("发送失败（已停止重试）"), NO_ADDRESS("未发送：用户未登记电子邮箱");

        private final String displayName;

        Status(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** What a notice says before it is addressed: one case, one reason, its text, the office that signs it. */
    record Draft(String event, String processInstanceId, String businessKey, String subject, String body, String dedupKey,
            String signer) {
    }
}
