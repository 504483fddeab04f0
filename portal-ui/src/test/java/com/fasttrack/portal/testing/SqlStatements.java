package com.fasttrack.portal.testing;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Counts the SQL statements the portal prepares on the current thread, by wrapping the context's real DataSource (no
 * mock: every statement still runs on PostgreSQL). The guard against N+1 of issue 14: a test runs a navigation or a
 * service call through {@link #during} and asserts the count. Statements of other threads (live deliveries, jobs)
 * are not counted, so a Karibu navigation counts exactly what its request would run.
 */
@TestComponent
public class SqlStatements implements BeanPostProcessor {

    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement",
            "prepareCall");

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    /** The statements {@code work} ran on this thread, in order (the SQL of prepared ones), with its result. */
    public <T> Counted<T> during(Supplier<T> work) {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        List<String> outer = recording.get();
        recording.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            recording.set(outer);
        }
    }

    /** The statements {@code work} ran on this thread, in order. */
    public List<String> statementsOf(Runnable work) {
        return during(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** What a piece of work answered and the statements it took. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                ? counting(dataSource) : bean;
    }

    private DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = forward(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    List<String> statements = recording.get();
                    if (statements != null && STATEMENT_FACTORIES.contains(method.getName())) {
                        statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                    }
                    return forward(target, method, args);
                });
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
