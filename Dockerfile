# letterlint in a container, for CI systems that run jobs in images:
#   docker build -t letterlint .
#   docker run --rm -v "$PWD:/work" letterlint check templates/
# The first stage builds the release archive with the Maven wrapper; the image holds only the
# unpacked archive on a Java runtime.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl dist -am package \
    && mkdir /letterlint \
    && tar xzf dist/target/letterlint-*.tar.gz -C /letterlint --strip-components=1

FROM eclipse-temurin:17-jre
LABEL org.opencontainers.image.title="letterlint" \
      org.opencontainers.image.description="A linter for complaint-response letters" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.source="https://github.com/letterlint/letterlint"
COPY --from=build /letterlint /opt/letterlint
# Letters hold personal data: the tool runs as an unprivileged user, on the folder mounted at /work.
RUN useradd --system --uid 10001 --no-create-home --home-dir /work --shell /usr/sbin/nologin letterlint \
    && ln -s /opt/letterlint/bin/letterlint /usr/local/bin/letterlint
USER 10001
WORKDIR /work
ENTRYPOINT ["letterlint"]
CMD ["--help"]
