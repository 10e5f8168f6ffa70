@echo off
rem cop: the command-line tool for running Communities of Practice, from its distribution folder.
rem Needs Java 17 or later: JAVA_HOME, or java on the PATH. JAVA_OPTS adds options for the JVM.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "JSA=%APP_HOME%\lib\cop.jsa"
set "CDS="
if exist "%JSA%" set "CDS=-XX:SharedArchiveFile=%JSA% -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %CDS% %JAVA_OPTS% -jar "%APP_HOME%\lib\@cop.jar@" %*
exit /b %ERRORLEVEL%
