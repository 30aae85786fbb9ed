package org.caq.benchmark.identity;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.procedure.OwnPools;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed logins and the addresses each account logged in from (table login_failure, login_known_address), read and
 * written through a small pool of their own: a login's bookkeeping never queues for a connection behind the
 * application's long transactions (issue 19's deadline rush), only its one password check does.
 */
@Repository
class LoginFailures {

    /** How many failures a counter holds in the window, and when the last one was. */
    record Count(long failures, Instant last) {
    }

    /**
     * Everything a login attempt's check reads: when the account last logged in from the address, and the failures of
     * the pair, of the address against accounts it is unknown to, and of the account from unknown addresses.
     */
    record State(Optional<Instant> lastLogin, Count ofPair, Count ofAddress, Count ofAccount) {
    }

    /** A counter at or over its free failures, for the administrator's overview. */
    record Counter(String account, String address, long failures, Instant last) {
    }

    private final HikariDataSource pool;
    private final JdbcClient jdbc;

    LoginFailures(DataSourceProperties database, @Value("${benchmark.login.pool-size:2}") int poolSize) {
        this.pool = OwnPools.create(database, "login-checks", poolSize);
        this.jdbc = JdbcClient.create(pool);
    }

    @PreDestroy
    void close() {
        pool.close();
    }

    void record(String account, String address, boolean known, Instant at) {
        jdbc.sql("insert into login_failure (account, address, known, failed_at) values (?, ?, ?, ?)")
                .params(account, address, known, Timestamp.from(at)).update();
    }

    /** The whole {@link State} in one round trip: every authenticated request reads it. */
    State state(String account, String address, Instant since) {
        Timestamp from = Timestamp.from(since);
        return jdbc.sql("""
                select (select last_login_at from login_known_address where account = ? and address = ?),
                  (select count(*) from login_failure where account = ? and address = ? and failed_at >= ?),
                  (select max(failed_at) from login_failure where account = ? and address = ? and failed_at >= ?),
                  (select count(*) from login_failure where address = ? and not known and failed_at >= ?),
                  (select max(failed_at) from login_failure where address = ? and not known and failed_at >= ?),
                  (select count(*) from login_failure where account = ? and not known and failed_at >= ?),
                  (select max(failed_at) from login_failure where account = ? and not known and failed_at >= ?)""")
                .params(account, address, account, address, from, account, address, from, address, from, address, from,
                        account, from, account, from)
                .query((rs, row) -> new State(Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant),
                        countAt(rs, 2), countAt(rs, 4), countAt(rs, 6)))
                .single();
    }

    /** The account logged in from the address: the address becomes (or stays) known, its failures are forgotten. */
    void loggedIn(String account, String address, Instant at) {
        jdbc.sql("delete from login_failure where account = ? and address = ?").params(account, address).update();
        int updated = jdbc.sql("update login_known_address set last_login_at = ? where account = ? and address = ?")
                .params(Timestamp.from(at), account, address).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into login_known_address (account, address, last_login_at) values (?, ?, ?)")
                        .params(account, address, Timestamp.from(at)).update();
            } catch (DuplicateKeyException loggedInAtTheSameTimeElsewhere) {
                // the other login recorded the same fact
            }
        }
    }

    int clearAccount(String account) {
        return jdbc.sql("delete from login_failure where account = ?").param(account).update();
    }

    int clearAddress(String address) {
        return jdbc.sql("delete from login_failure where address = ?").param(address).update();
    }

    void forget(Instant failuresBefore, Instant knownBefore) {
        jdbc.sql("delete from login_failure where failed_at < ?").param(Timestamp.from(failuresBefore)).update();
        jdbc.sql("delete from login_known_address where last_login_at < ?").param(Timestamp.from(knownBefore)).update();
    }

    /** Addresses with at least {@code failures} failures against accounts they are not known for. */
    List<Counter> busyAddresses(Instant since, int failures) {
        return jdbc.sql("""
                select null, address, count(*), max(failed_at) from login_failure where not known and failed_at >= ?
                group by address having count(*) >= ? order by address""")
                .params(Timestamp.from(since), failures).query(LoginFailures::counter).list();
    }

    /** Accounts with at least {@code failures} failures from addresses they are not known at. */
    List<Counter> busyAccounts(Instant since, int failures) {
        return jdbc.sql("""
                select account, null, count(*), max(failed_at) from login_failure where not known and failed_at >= ?
                group by account having count(*) >= ? order by account""")
                .params(Timestamp.from(since), failures).query(LoginFailures::counter).list();
    }

    /** Accounts failing at least {@code failures} times at one of their known addresses. */
    List<Counter> busyKnownAddresses(Instant since, int failures) {
        return jdbc.sql("""
                select account, address, count(*), max(failed_at) from login_failure where known and failed_at >= ?
                group by account, address having count(*) >= ? order by account, address""")
                .params(Timestamp.from(since), failures).query(LoginFailures::counter).list();
    }

    private static Count count(ResultSet rs, int row) throws SQLException {
        return countAt(rs, 1);
    }

    /** A count and its last failure in two columns from {@code column} on. */
    private static Count countAt(ResultSet rs, int column) throws SQLException {
        Timestamp last = rs.getTimestamp(column + 1);
        return new Count(rs.getLong(column), last == null ? null : last.toInstant());
    }

    private static Counter counter(ResultSet rs, int row) throws SQLException {
        return new Counter(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant());
    }
}
