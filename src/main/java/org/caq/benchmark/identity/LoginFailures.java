package org.caq.benchmark.identity;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** A counter at or over its free failures, for the administrator's overview. */
    record Counter(String account, String address, long failures, Instant last) {
    }

    private final HikariDataSource pool;
    private final JdbcClient jdbc;

    LoginFailures(DataSourceProperties database, @Value("${benchmark.login.pool-size:2}") int poolSize) {
        this.pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("login-checks");
        pool.setMaximumPoolSize(poolSize);
        pool.setConnectionTimeout(5000);
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

    /** Failures from this address against accounts it is not a known address of. */
    Count ofAddress(String address, Instant since) {
        return count("address = ? and not known", address, since);
    }

    /** Failures against this account from addresses it never logged in from. */
    Count ofAccount(String account, Instant since) {
        return count("account = ? and not known", account, since);
    }

    Count ofPair(String account, String address, Instant since) {
        return jdbc.sql("select count(*), max(failed_at) from login_failure where account = ? and address = ? and failed_at >= ?")
                .params(account, address, Timestamp.from(since)).query(LoginFailures::count).single();
    }

    private Count count(String condition, String key, Instant since) {
        return jdbc.sql("select count(*), max(failed_at) from login_failure where " + condition + " and failed_at >= ?")
                .params(key, Timestamp.from(since)).query(LoginFailures::count).single();
    }

    Optional<Instant> lastLogin(String account, String address) {
        return jdbc.sql("select last_login_at from login_known_address where account = ? and address = ?")
                .params(account, address).query(Timestamp.class).optional().map(Timestamp::toInstant);
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
        Timestamp last = rs.getTimestamp(2);
        return new Count(rs.getLong(1), last == null ? null : last.toInstant());
    }

    private static Counter counter(ResultSet rs, int row) throws SQLException {
        return new Counter(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant());
    }
}
