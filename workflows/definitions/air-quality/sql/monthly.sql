-- Monthly means of the cleaned daily table; ${pipeline} is a workflow run property.
SELECT year, month, '${pipeline}' AS pipeline,
       count(*) AS days,
       round(avg(no2_mean), 2) AS no2_mean
FROM airquality.no2_weather_daily
GROUP BY year, month
