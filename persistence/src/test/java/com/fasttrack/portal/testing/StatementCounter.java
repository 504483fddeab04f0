package com.fasttrack.portal.testing;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements an adapter prepares, by wrapping the real DataSource (no mock: the statements still run
 * on PostgreSQL). Build the adapter on {@link #wrap(DataSource)} and read {@link #count()} around a call.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement",
            "prepareCall");

    private final AtomicInteger statements = new AtomicInteger();

    public DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = forward(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (STATEMENT_FACTORIES.contains(method.getName())) {
                        statements.incrementAndGet();
                    }
                    return forward(target, method, args);
                });
    }

    public int count() {
        return statements.get();
    }

    public void reset() {
        statements.set(0);
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
