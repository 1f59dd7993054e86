import AltitudeCLI

Altitude.main()
