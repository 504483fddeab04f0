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
RUN ./mvnw -B -pl portal-ui -am package -DskipTests

# Runtime stage: just the JRE and the jar. The database comes from SPRING_DATASOURCE_* (see docker-compose.yml);
# without it the portal exits at once with a message saying so.
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 portal
WORKDIR /app
COPY --from=build /src/portal-ui/target/portal-ui.jar /app/portal.jar
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
