@echo off
rem cop: the command-line tool for running Communities of Practice, from its distribution folder.
rem Needs Java 17 or later: JAVA_HOME, or java on the PATH. JAVA_OPTS adds options for the JVM.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "JSA=%APP_HOME%\lib\cop.jsa"
set "CDS="
if exist "%JSA%" set "CDS=-XX:SharedArchiveFile=%JSA% -Xlog:cds=off -Xlog:cds+dynamic=off"
rem As bin/cop: a command of a second gets one compiler thread that inlines less; the command is the
rem first word that is neither an option nor --language's value, and analyse and serve, which run
rem long on every core, keep Java's defaults.
set "JIT=-XX:CICompilerCount=1 -XX:C1MaxInlineSize=15 -XX:C1InlineStackLimit=3"
:command
set "WORD=%~1"
if not defined WORD goto run
if "%WORD%"=="--language" (
  shift
  shift
  goto command
)
if "%WORD:~0,1%"=="-" (
  shift
  goto command
)
if "%WORD%"=="serve" set "JIT="
if "%WORD%"=="analyse" set "JIT="
if "%WORD%"=="analyze" set "JIT="
:run
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JIT% %CDS% %JAVA_OPTS% -jar "%APP_HOME%\lib\@cop.jar@" %*
exit /b %ERRORLEVEL%
