package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.identity.internal.AccountAdministration;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** An invitation reaches the invited person's mailbox through a real SMTP server, with the one-time link in it. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3925"})
class InvitationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired AccountAdministration administration;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theInvitedPersonReceivesTheirLink() throws Exception {
        long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        String email = "mailed." + System.nanoTime() + "@northshire.example";
        var result = (AccountAdministration.InviteResult.Invited) administration.invite(
                new AccountAdministration.NewAccount("Mailed Person", email, "Detective Sergeant", agency, Set.of(Role.PRACTITIONER)));
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(message.getSubject()).contains("invited to Partnership Hub");
        assertThat(GreenMailUtil.getBody(message)).contains(result.link().url()).contains("Mailed Person");
    }
}
