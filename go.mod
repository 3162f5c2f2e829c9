module teilhabelotse

go 1.26.8

require (
	fyne.io/fyne/v2 v2.7.1 // indirect
	github.com/jung-kurt/gofpdf v1.16.2 // indirect
	github.com/mattn/go-sqlite3 v1.14.32 // indirect
	github.com/nicksnyder/go-i18n/v2 v2.7.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
