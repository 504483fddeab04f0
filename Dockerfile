# Multi-stage build of the FastTrack Engagement Portal.
# Build stage: the project's own Maven wrapper on a JDK 21+.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY domain/pom.xml domain/
COPY migrations/pom.xml migrations/
COPY persistence/pom.xml persistence/
COPY portal-ui/pom.xml portal-ui/
COPY e2e/pom.xml e2e/
COPY domain/src domain/src
COPY migrations/src migrations/src
COPY persistence/src persistence/src
COPY portal-ui/src portal-ui/src
# The jar leaves out the embedded PostgreSQL (an optional dependency, for spring-boot:run and the tests only).
# .git is not in the build context: the jar has no git.properties, and /actuator/info shows no commit (the build
# does not fail for it).
# The AOT cache is not built here (-Dportal.aot.skip=true) but in the runtime stage below: a cache belongs to one JVM
# and one set of paths, and those are the runtime image's.
RUN ./mvnw -B -pl portal-ui -am package -DskipTests -Dportal.aot.skip=true
# The jar split into its layers (Spring Boot's jar mode "tools"): dependencies change seldom, the application on every
# build, so a rebuild ships only the last layer. Extracted (application.jar and lib/) is also the form the AOT cache
# needs.
RUN java -Djarmode=tools -jar portal-ui/target/portal-ui.jar extract --layers --destination /layers \
        --application-filename application.jar

# Runtime stage: just the JRE and the layers. The database comes from SPRING_DATASOURCE_* (see docker-compose.yml);
# without it the portal exits at once with a message saying so.
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 portal
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# The AOT cache (JEP 483/514/515, decision record 023): a training run in this image, with its JRE and the paths the
# portal runs from, creates every singleton and exits (-Dspring.context.exit=onRefresh; the aot-training profile needs
# no database) and writes /app/portal.aot. Start-up then loads the classes it recorded already parsed and linked.
# A fixed 1 GB heap for the training, not the build host's 75 %: the cache fits only runs with compressed object
# pointers as well (any heap under 32 GB), which a big build host's 75 % would turn off.
RUN java -Xmx1g -XX:AOTCacheOutput=/app/portal.aot -Xlog:aot=error -Dspring.context.exit=onRefresh \
        -jar /app/application.jar --spring.profiles.active=aot-training
USER portal
# 8080: the users (behind the load balancer); 9090: the actuator (probes, info, metrics), for the internal network only
EXPOSE 8080 9090
# Healthy means ready to serve (readiness: the database, LISTEN, the outbox). The image has no curl or wget, so the
# shell asks the management port itself over bash's /dev/tcp. Docker does not restart an unhealthy container; it
# tells Compose (depends_on: service_healthy) and whoever watches.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_PORT:-9090} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q '^HTTP/1\\.[01] 200'"]
# The heap follows the container's memory limit (75 %: the rest is metaspace, threads, direct buffers, the page cache).
# -XX:AOTCache: the cache built above (a cache that does not fit is ignored with a warning, never an error).
ENTRYPOINT ["java", "-XX:AOTCache=/app/portal.aot", "-XX:MaxRAMPercentage=75", "-jar", "/app/application.jar"]
