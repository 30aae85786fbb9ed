package org.caq.benchmark.procedure;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * A small connection pool of its own on the application's database, for work that must not queue behind busy starts
 * in the main pool (the login checks, the reservation of application numbers). The owner closes it.
 */
public final class OwnPools {

    private OwnPools() {
    }

    public static HikariDataSource create(DataSourceProperties database, String name, int size) {
        HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName(name);
        pool.setMaximumPoolSize(size);
        pool.setConnectionTimeout(5000);
        return pool;
    }
}
