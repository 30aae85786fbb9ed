package org.caq.benchmark.availability;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * The application's data source, telling {@link ConnectionFailures} when the current thread could not get a
 * connection (the pool busy, or the database out of reach) or lost one under a statement. Everything else is the pool's own behaviour.
 */
class ObservedDataSource extends DelegatingDataSource {

    ObservedDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return super.getConnection();
        } catch (SQLException e) {
            throw observed(e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return super.getConnection(username, password);
        } catch (SQLException e) {
            throw observed(e);
        }
    }

    /** A pool with every connection in use is busy; anything else in getting a connection is a failure to reach. */
    private SQLException observed(SQLException e) {
        if (ConnectionFailures.isPoolBusy(e, obtainTargetDataSource())) {
            ConnectionFailures.recordBusy();
        } else {
            ConnectionFailures.record();
        }
        return e;
    }

    /** Puts the observation around the data source bean, before anything has asked it for a connection. */
    @Component
    static class Installer implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!"dataSource".equals(name) || !(bean instanceof DataSource pool) || bean instanceof ObservedDataSource) {
                return bean;
            }
            if (pool instanceof HikariDataSource hikari) {
                hikari.setExceptionOverride(new LostConnections());
            }
            return new ObservedDataSource(pool);
        }
    }

    /** Hikari shows this every failure of a pooled connection; the decision to evict stays Hikari's own. */
    private static class LostConnections implements SQLExceptionOverride {

        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            if (ConnectionFailures.isConnectionState(e.getSQLState())) {
                ConnectionFailures.record();
            }
            return SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }
}
