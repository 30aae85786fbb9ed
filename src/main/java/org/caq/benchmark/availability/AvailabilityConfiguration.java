package org.caq.benchmark.availability;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class AvailabilityConfiguration {

    /** First of all filters: the login limits, the authentication filters and the webapps all need the database. */
    @Bean
    FilterRegistrationBean<OutageFilter> outageFilter(DatabaseAvailability database) {
        var registration = new FilterRegistrationBean<>(new OutageFilter(database));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("database-outage");
        return registration;
    }
}
