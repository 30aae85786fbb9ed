package org.caq.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on the test database, with the demo profile. Every Spring test
 * uses exactly this, so one JVM builds one context and one process engine. Every test starts on the same day
 * ({@link TestClock}), whatever the day it runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = BenchmarkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestSettings.class)
@ExtendWith(TestClock.class)
public @interface BenchmarkSpringTest {
}
