# Multi-stage build of the newswire launcher jar (ingest, streams, every subcommand).
#   docker build -t newswire .
# The build context is the whole repository minus what .dockerignore leaves out, so the parent pom and
# its modules cannot drift apart from what is copied (DockerContextTest builds exactly this context,
# offline and without Docker, with the RUN command below).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -q -Dmaven.test.skip=true -pl cli -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 newswire && mkdir -p /var/lib/newswire && chown newswire /var/lib/newswire
USER newswire
WORKDIR /var/lib/newswire
COPY --from=build /src/cli/target/newswire.jar /opt/newswire/newswire.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newswire.schema", "-jar", "/opt/newswire/newswire.jar"]
CMD ["--help"]
