# Recovery College on the official Payara Micro image (JDK 17).
# Build the WAR first:  mvn -B package -DskipTests
# Then:                 docker build -t recovery-college .
#                       docker run -p 8080:8080 -e APP_DB_CLASS=org.postgresql.ds.PGSimpleDataSource \
#                         -e APP_DB_URL=jdbc:postgresql://db:5432/college -e APP_DB_USER=college \
#                         -e APP_DB_PASSWORD=secret recovery-college
FROM payara/micro:6.2025.10-jdk17

COPY --chown=payara:payara server-config/ /opt/payara/config/
COPY --chown=payara:payara target/ROOT.war /opt/payara/deployments/ROOT.war

# Start about a quarter sooner (docs/performance.md), Payara Micro's documented way: a launcher bound to a
# configuration directory, the application deployed into it by a --warmup start (against a throwaway H2
# database, removed again), and the JDK's class-data archive of every class that start loaded.
# The performance benchmark (mvn -Pperformance verify) prepares and times an instance with these steps.
# The archive holds Payara's own classes only: -Xlog:cds=error keeps out the warnings about the WAR's classes,
# which it cannot hold (they are loaded by the application's class loader).
RUN java -jar payara-micro.jar --rootdir /opt/payara/micro-root --outputlauncher \
 && java -XX:DumpLoadedClassList=/opt/payara/micro-root/classes.lst \
         -Dapp.db.url="jdbc:h2:/tmp/image-build/college;MODE=PostgreSQL" \
         -jar /opt/payara/micro-root/launch-micro.jar --deploy /opt/payara/deployments/ROOT.war \
         --prebootcommandfile /opt/payara/config/pre-boot-commands.asadmin \
         --postbootcommandfile /opt/payara/config/post-boot-commands.asadmin \
         --postdeploycommandfile /opt/payara/config/post-deploy-commands.asadmin --disablephonehome --warmup \
 && java -Xshare:dump -Xlog:cds=error -XX:SharedClassListFile=/opt/payara/micro-root/classes.lst \
         -XX:SharedArchiveFile=/opt/payara/micro-root/classes.jsa -jar /opt/payara/micro-root/launch-micro.jar \
 && rm -rf /tmp/image-build /opt/payara/micro-root/classes.lst

# 8080: HTTP (readiness at /health/ready); 6900: Hazelcast, for several instances in one cluster
EXPOSE 8080 6900
# The archive only speeds the start: a JVM that cannot map it starts without it.
ENTRYPOINT ["java", "-XX:+UseContainerSupport", "-XX:MaxRAMPercentage=70.0", \
            "-XX:SharedArchiveFile=/opt/payara/micro-root/classes.jsa", "-jar", "/opt/payara/micro-root/launch-micro.jar"]
# The application is already deployed in /opt/payara/micro-root. Pool sizes from APP_DB_POOL_MAX /
# APP_DB_POOL_MIN (post-deploy commands). Several instances: add --clusterName and --clustermode
# (docs/deployment.md, docs/deployment/compose.yaml).
CMD ["--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin", \
     "--postbootcommandfile", "/opt/payara/config/post-boot-commands.asadmin", \
     "--postdeploycommandfile", "/opt/payara/config/post-deploy-commands.asadmin", "--disablephonehome"]
