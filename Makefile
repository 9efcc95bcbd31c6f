# `sam build` runs one target of this file per function and per layer (BuildMethod: makefile in template.yaml):
# build-<LogicalId>, in a copy of the repository, with ARTIFACTS_DIR naming the directory whose contents become
# that resource's deployment package. Each target builds the resource's Maven module (with the modules it needs:
# -am) exactly as `mvn package` does, and unpacks the zip the module builds, so `sam build` and `mvn package`
# deploy the same files:
#   a function   classes at the root, the jars only it needs under lib/   (functions/<module>/target/<module>-lambda.zip)
#   the layer    java/lib/*.jar, which Lambda puts under /opt/java/lib     (functions/layer/target/sikerja-layer.zip)
# Several functions share a module (reads, reminders, documents): each has its own target naming the module.
# The local runtime and its tests read this file to find each function's zip (local/.../template/BuildTargets).
#
#   sam build                         # every function and the layer
#   ARTIFACTS_DIR=/tmp/x make build-IntakeFunction    # one, by hand
#   make MVN='mvn -B -o' ...          # offline, with a filled ~/.m2

MVN ?= mvn -B
MVN_FLAGS ?= -q -DskipTests -DskipWeb
# unpacks keeping each entry's time (the zips are reproducible, so is what sam packages from them)
JAR ?= $(if $(JAVA_HOME),$(JAVA_HOME)/bin/jar,jar)

# $(call function,<module>): package functions/<module> and unpack its zip into ARTIFACTS_DIR
define function
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (sam build sets it)" >&2; exit 1; }
	$(MVN) $(MVN_FLAGS) -pl functions/$(1) -am package
	mkdir -p "$(ARTIFACTS_DIR)"
	cd "$(ARTIFACTS_DIR)" && "$(JAR)" xf "$(CURDIR)/functions/$(1)/target/$(1)-lambda.zip"
endef

# $(call layer,<module>): package the shared layer and unpack its zip (java/lib/...) into ARTIFACTS_DIR
define layer
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (sam build sets it)" >&2; exit 1; }
	$(MVN) $(MVN_FLAGS) -pl functions/$(1) -am package
	mkdir -p "$(ARTIFACTS_DIR)"
	cd "$(ARTIFACTS_DIR)" && "$(JAR)" xf "$(CURDIR)/functions/$(1)/target/sikerja-layer.zip"
endef

.PHONY: build-SharedLibrariesLayer build-IntakeFunction build-WorkflowFunction build-ReportsFunction \
	build-ReminderFunction build-PreferencesFunction build-DocumentsFunction build-DocumentReceivedFunction \
	build-OfficerReadsFunction build-PublicRegistryFunction build-UsersFunction \
	build-EventRelayFunction build-MigrationFunction \
	build-LettersFunction

build-SharedLibrariesLayer:
	$(call layer,layer)

build-IntakeFunction:
	$(call function,intake)

build-WorkflowFunction:
	$(call function,workflow)

build-ReportsFunction:
	$(call function,reports)

build-ReminderFunction:
	$(call function,reminders)

build-PreferencesFunction:
	$(call function,reminders)

build-DocumentsFunction:
	$(call function,documents)

build-DocumentReceivedFunction:
	$(call function,documents)

build-OfficerReadsFunction:
	$(call function,reads)

build-PublicRegistryFunction:
	$(call function,reads)

build-UsersFunction:
	$(call function,users)

build-EventRelayFunction:
	$(call function,reminders)

build-MigrationFunction:
	$(call function,reminders)

build-LettersFunction:
	$(call function,letters)
