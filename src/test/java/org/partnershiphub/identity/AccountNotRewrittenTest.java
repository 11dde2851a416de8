package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading an account inside a read-write transaction must not write it back (its roles and groups are values). */
@SpringBootTest
class AccountNotRewrittenTest {

    @Autowired Directory directory;
    @Autowired DemoAccounts demo;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void readingAnAccountLeavesItsVersionAlone() {
        String email = demo.forRole(Role.SUBGROUP_MEMBER).email();
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        long before = jdbc.queryForObject("select version from user_account where id = ?", Long.class, id);
        transactions.executeWithoutResult(status -> assertThat(directory.activeContact(id)).isPresent());
        assertThat(jdbc.queryForObject("select version from user_account where id = ?", Long.class, id)).isEqualTo(before);
    }
}
