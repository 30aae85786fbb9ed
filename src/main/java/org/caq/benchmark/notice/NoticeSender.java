package org.caq.benchmark.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import org.caq.benchmark.procedure.BeijingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: each due notice is claimed (so two nodes never send it twice), sent over SMTP and marked; a failure
 * is retried later, waiting twice as long each time, until {@code max-attempts}, then kept as failed. Nothing here runs
 * inside a person's transaction.
 */
@Component
public class NoticeSender {

    private static final int BATCH = 100;
    /** A bound on one run, should notices keep arriving as fast as they go out. */
    private static final int MAX_BATCHES = 100;

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private final Notices notices;
    private final ObjectProvider<JavaMailSender> mail;
    /** The configured sender; its name is replaced by the signing office's, its address kept. */
    private final InternetAddress from;
    private final int maxAttempts;
    private final Duration firstRetry;

    NoticeSender(Notices notices, ObjectProvider<JavaMailSender> mail,
            @Value("${benchmark.notices.from:全国质量标杆工作办公室 <noreply@benchmark.invalid>}") String from,
            @Value("${benchmark.notices.max-attempts:8}") int maxAttempts,
            @Value("${benchmark.notices.first-retry:PT1M}") Duration firstRetry) {
        this.notices = notices;
        this.mail = mail;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("benchmark.notices.from is not an e-mail address: " + from, e);
        }
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
    }

    /**
     * Sends everything due now, a hundred at a time (each attempted notice leaves the due ones: sent, or its next attempt
     * later); answers how many went out.
     */
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host): notices wait in the outbox");
            return 0;
        }
        int sent = 0;
        List<String> batch;
        int batches = 0;
        do {
            batch = notices.due(BATCH);
            for (String id : batch) {
                if (send(sender, id)) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH && ++batches < MAX_BATCHES);
        return sent;
    }

    /** Claims and sends one notice; false when another node has it or the attempt failed. */
    boolean send(String id) {
        JavaMailSender sender = mail.getIfAvailable();
        return sender != null && send(sender, id);
    }

    private boolean send(JavaMailSender sender, String id) {
        return notices.claim(id, BeijingTime.now().plus(CLAIM)) && send(sender, notices.find(id));
    }

    private boolean send(JavaMailSender sender, Notice notice) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(notice.signer() == null ? from
                    : new InternetAddress(from.getAddress(), notice.signer(), StandardCharsets.UTF_8.name()));
            helper.setTo(notice.recipientAddress());
            helper.setSubject(notice.subject());
            helper.setText(notice.body());
            helper.getMimeMessage().setHeader("X-Benchmark-Notice", notice.id());
            sender.send(message);
            notices.sent(notice.id());
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            int attempt = notice.attempts() + 1;
            Instant next = BeijingTime.now().plus(firstRetry.multipliedBy(1L << Math.min(attempt - 1, 16)));
            log.warn("Notice {} to {} not sent (attempt {} of {}): {}", notice.id(), notice.recipientAddress(), attempt,
                    maxAttempts, e.toString());
            notices.failed(notice.id(), e.toString(), next, attempt >= maxAttempts);
            return false;
        }
    }
}
