# Multi-stage build of the newswire launcher jar (ingest, streams, every subcommand).
#   docker build -t newswire .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY schemas schemas
COPY extractor extractor
COPY embedded embedded
COPY ingest ingest
COPY streams-app streams-app
COPY cli cli
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 newswire && mkdir -p /var/lib/newswire && chown newswire /var/lib/newswire
USER newswire
WORKDIR /var/lib/newswire
COPY --from=build /src/cli/target/newswire.jar /opt/newswire/newswire.jar
ENTRYPOINT ["java", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newswire.schema", "-jar", "/opt/newswire/newswire.jar"]
CMD ["--help"]
