package org.caq.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on the test database, with the demo profile and a clock tests can move
 * ({@link TestClock}). Every Spring test uses exactly this, so one JVM builds one context and one process engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {BenchmarkApplication.class, TestClock.Replacement.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestSettings.class)
public @interface BenchmarkSpringTest {
}
