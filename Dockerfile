# Recovery College on the official Payara Micro image (JDK 17).
# Build the WAR first:  mvn -B package -DskipTests
# Then:                 docker build -t recovery-college .
#                       docker run -p 8080:8080 -e APP_DB_CLASS=org.postgresql.ds.PGSimpleDataSource \
#                         -e APP_DB_URL=jdbc:postgresql://db:5432/college -e APP_DB_USER=college \
#                         -e APP_DB_PASSWORD=secret recovery-college
FROM payara/micro:6.2025.10-jdk17

COPY --chown=payara:payara server-config/ /opt/payara/config/
COPY --chown=payara:payara target/ROOT.war /opt/payara/deployments/ROOT.war

# 8080: HTTP (readiness at /health/ready); 6900: Hazelcast, for several instances in one cluster
EXPOSE 8080 6900
# Pool sizes from APP_DB_POOL_MAX / APP_DB_POOL_MIN (post-deploy commands). Several instances: add
# --clusterName and --clustermode (docs/deployment.md, docs/deployment/compose.yaml).
CMD ["--deploy", "/opt/payara/deployments/ROOT.war", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin", \
     "--postbootcommandfile", "/opt/payara/config/post-boot-commands.asadmin", \
     "--postdeploycommandfile", "/opt/payara/config/post-deploy-commands.asadmin", "--disablephonehome"]
