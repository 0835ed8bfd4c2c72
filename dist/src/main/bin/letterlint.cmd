@echo off
rem letterlint launcher for Windows: runs the jars in ..\lib with a Java 17+ runtime
rem (%JAVA_HOME%\bin\java.exe, or java on PATH).
setlocal
set "LETTERLINT_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto %LETTERLINT_JAVA_OPTS% -cp "%LETTERLINT_HOME%\lib\*" org.letterlint.cli.Main %*
exit /b %ERRORLEVEL%
