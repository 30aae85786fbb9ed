package org.caq.benchmark.notice;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's mailbox: every message the embedded SMTP server received, newest first, for administrators
 * ({@code /mailbox.html}). Where no embedded server runs (production), there is no mailbox: 404.
 */
@RestController
class MailboxController {

    record Message(String to, String from, String subject, Instant sent, String body, String noticeId) {
    }

    private final ObjectProvider<GreenMail> greenMail;
    private final CurrentUser user;

    MailboxController(ObjectProvider<GreenMail> greenMail, CurrentUser user) {
        this.greenMail = greenMail;
        this.user = user;
    }

    @GetMapping("/api/mailbox")
    List<Message> messages(@RequestParam(required = false) String to) throws MessagingException {
        GreenMail server = greenMail.getIfAvailable();
        if (server == null || !user.inAny(CurrentUser.ADMINS)) {
            throw new ApplicationAccess.NotVisible("邮箱");
        }
        List<Message> messages = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            String recipients = String.join(", ", Arrays.stream(m.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList());
            if (to == null || recipients.contains(to)) {
                String[] notice = m.getHeader("X-Benchmark-Notice");
                messages.add(new Message(recipients, ((InternetAddress) m.getFrom()[0]).toUnicodeString(), m.getSubject(),
                        m.getSentDate() == null ? null : m.getSentDate().toInstant(), body(m),
                        notice == null ? null : notice[0]));
            }
        }
        java.util.Collections.reverse(messages);
        return messages;
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (java.io.IOException | MessagingException e) {
            return "（无法读取正文：" + e.getMessage() + "）";
        }
    }
}
