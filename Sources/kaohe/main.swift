import ArgumentParser

KaoheCommand.main()
